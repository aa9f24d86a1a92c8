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

/** Where the reader is: the next character and the line it is on. */
interface Cursor {
  i: number;
  line: number;
}

/**
 * The next position of one character at or after `from`, remembered so that each stretch of the text is searched
 * once however many records ask (a file of CR-only line ends, or with no quote at all, stays linear).
 */
function nextFinder(text: string, char: string): (from: number) => number {
  let at = -1;
  return (from) => {
    if (at !== Number.POSITIVE_INFINITY && at < from) {
      const found = text.indexOf(char, from);
      at = found < 0 ? Number.POSITIVE_INFINITY : found;
    }
    return at;
  };
}

/**
 * Reads one record character by character: quoted fields, `""`, CR and LF inside quotes, lone CR as a line end.
 *
 * @returns the fields, or `null` for a line with no characters at all
 */
function quotedRecord(text: string, at: Cursor): string[] | null {
  const fields: string[] = [];
  let field = '';
  let atFieldStart = true;
  let { i, line } = at;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"' && atFieldStart) {
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
    } else if (c === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      break;
    } else {
      if (c === '"') fail(line, 'a double quote inside an unquoted field (quote the field and write it "")');
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  at.i = i;
  at.line = line;
  fields.push(field);
  return fields.length === 1 && field === '' && atFieldStart ? null : fields;
}

/**
 * Splits CSV text into records (RFC 4180, 逗号分隔值): fields separated by `,`, records by CRLF or LF; a field in
 * double quotes may hold commas, quotes written `""`, CR and LF. A quote inside an unquoted field, text after a
 * closing quote, or a quote left open is refused with the line. Lines with no characters at all are skipped.
 * A line without a quote or a lone CR (the usual pool line) is split whole; any other is read character by
 * character, with the same result.
 *
 * @param text - the decoded file (without a byte-order mark)
 * @returns the records, each with the line it starts on
 * @throws {SsjError} `DRAW_POOL_FILE_INVALID` naming the line
 */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const nextLf = nextFinder(text, '\n');
  const nextCr = nextFinder(text, '\r');
  const nextQuote = nextFinder(text, '"');
  const at: Cursor = { i: 0, line: 1 };
  while (at.i < text.length) {
    const { i, line } = at;
    const end = Math.min(nextLf(i), text.length);
    const cr = nextCr(i);
    if (nextQuote(i) >= end && (cr >= end || cr === end - 1)) {
      const content = text.slice(i, cr === end - 1 ? cr : end);
      at.i = end + 1;
      at.line = line + 1;
      if (content !== '') records.push({ line, fields: content.split(',') });
    } else {
      const fields = quotedRecord(text, at);
      if (fields !== null) records.push({ line, fields });
    }
  }
  return records;
}
