import { SsjError } from '../core/index.js';

/** One record of a CSV file with the line it starts on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

const fail = (line: number, message: string): never => {
  throw new SsjError('DRAW_POOL_FILE_INVALID', `Invalid pool file: line ${line}: ${message}`, {
    issues: [{ path: ['line', line], message, expected: 'RFC 4180 CSV' }],
  });
};

/**
 * Splits CSV text into records (RFC 4180, 逗号分隔值): fields separated by `,`, records by CRLF or LF; a field in
 * double quotes may hold commas, quotes written `""`, CR and LF. A quote inside an unquoted field, text after a
 * closing quote, or a quote left open is refused with the line. Lines with no characters at all are skipped.
 *
 * @param text - the decoded file (without a byte-order mark)
 * @returns the records, each with the line it starts on
 * @throws {SsjError} `DRAW_POOL_FILE_INVALID` naming the line
 */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let i = 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && field === '' && atFieldStart)) records.push({ line: start, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"' && atFieldStart && field === '') {
      const open = line;
      i++;
      for (;;) {
        if (i >= text.length) fail(open, 'a quoted field is not closed');
        const q = text[i] as string;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        fail(line, 'text after the closing quote of a field');
      atFieldStart = false;
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      line++;
      start = line;
      i++;
    } else {
      if (c === '"') fail(line, 'a double quote inside an unquoted field (quote the field and write it "")');
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  if (field !== '' || fields.length > 0 || !atFieldStart) endRecord();
  return records;
}
