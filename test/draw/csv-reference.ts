/**
 * The CSV reader as it was before lines without quotes were split whole: one character at a time through the whole
 * file. Kept as the reference the faster reader must agree with on every input, records, lines and errors alike.
 */
import { SsjError } from '../../src/core/index.js';

/** One record with the line it starts on. */
export interface ReferenceRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

const fail = (line: number, message: string): never => {
  throw new SsjError('DRAW_POOL_FILE_INVALID', `Invalid pool file: line ${line}: ${message}`, {
    issues: [{ path: ['line', line], message, expected: 'RFC 4180 CSV' }],
  });
};

/** Splits CSV text into records, character by character (the reference reader). */
export function referenceCsvRecords(text: string): ReferenceRecord[] {
  const records: ReferenceRecord[] = [];
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
