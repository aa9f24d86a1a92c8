import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSsjError } from '../../src/core/index.js';
import { csvRecords } from '../../src/draw/csv-records.js';
import { referenceCsvRecords } from './csv-reference.js';

/** What a reader gives for a text: its records, or its error's code, message and issues. */
function outcome(read: (text: string) => unknown, text: string): unknown {
  try {
    return { records: read(text) };
  } catch (error) {
    if (!isSsjError(error)) throw error;
    return { code: error.code, message: error.message, issues: error.issues };
  }
}

/** Text made of the characters CSV gives meaning to, and a few it does not. */
const csvText = fc
  .array(fc.constantFrom(',', '"', '""', '\r', '\n', '\r\n', 'a', 'Z9', '中', ' ', '\t', '𠀀'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

/** A field as a spreadsheet writes it: quoted when it must be (or at random), quotes doubled. */
const field = fc
  .tuple(fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', ' ', '统') }), fc.boolean())
  .map(([value, quoteAnyway]) => ({
    value,
    written: quoteAnyway || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value,
  }));

describe('csvRecords', () => {
  it('agrees with the character-by-character reader on any text: records, lines and errors', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        expect(outcome(csvRecords, text)).toEqual(outcome(referenceCsvRecords, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives back the fields written, whatever the line ends, and the line each record starts on', () => {
    const row = fc.array(field, { minLength: 1, maxLength: 4 });
    const rows = fc.array(fc.tuple(row, fc.constantFrom('\n', '\r\n', '\r')), {
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(rows, (written) => {
        const text = written.map(([r, end]) => r.map((f) => f.written).join(',') + end).join('');
        const kept = written.filter(([r]) => !(r.length === 1 && r[0]?.written === ''));
        const records = csvRecords(text);
        expect(records.map((r) => r.fields)).toEqual(kept.map(([r]) => r.map((f) => f.value)));
        expect(records).toEqual(referenceCsvRecords(text));
      }),
    );
  });

  it('splits plain lines, keeps empty fields and skips lines with no characters', () => {
    expect(csvRecords('id,stratum\r\nA1,\n\n,\r\nB2,低风险')).toEqual([
      { line: 1, fields: ['id', 'stratum'] },
      { line: 2, fields: ['A1', ''] },
      { line: 4, fields: ['', ''] },
      { line: 5, fields: ['B2', '低风险'] },
    ]);
  });

  it('reads RFC 4180 quoted fields among plain lines, counting the lines inside quotes', () => {
    const text = 'id,stratum\n"A,1","say ""hi""\nthere"\nB2,x\n""\nC3,"\r\n"\n';
    expect(csvRecords(text)).toEqual([
      { line: 1, fields: ['id', 'stratum'] },
      { line: 2, fields: ['A,1', 'say "hi"\nthere'] },
      { line: 4, fields: ['B2', 'x'] },
      { line: 5, fields: [''] },
      { line: 6, fields: ['C3', '\r\n'] },
    ]);
  });

  it('ends a record at a lone CR as at LF', () => {
    expect(csvRecords('id\rA1\rB2')).toEqual([
      { line: 1, fields: ['id'] },
      { line: 2, fields: ['A1'] },
      { line: 3, fields: ['B2'] },
    ]);
  });

  it.each([
    ['id\nA"1\n', 'line 2: a double quote inside an unquoted field'],
    ['id\n"A1"x\n', 'line 2: text after the closing quote of a field'],
    ['id\nB\n"A1\n\n', 'line 3: a quoted field is not closed'],
  ])('refuses %j naming the line', (text, message) => {
    expect(() => csvRecords(text)).toThrow(message);
    expect(outcome(csvRecords, text)).toMatchObject({ code: 'DRAW_POOL_FILE_INVALID' });
  });
});
