/** One numbered paragraph of a notice (一、… 二、…), after NFKC. */
export interface NoticeParagraph {
  /** The paragraph's numeral, e.g. `二`. */
  readonly numeral: string;
  /** The text after `二、`. */
  readonly text: string;
}

/** A notice split into the parts the parser reads. */
export interface NoticeParts {
  /** The title, its line breaks and spaces removed (`国务院办公厅关于2024年部分节假日安排的通知`). */
  readonly title: string | undefined;
  /** The year the title names. */
  readonly year: number | undefined;
  /** The document number line, e.g. `国办发明电〔2024〕12号`, when the copy has it. */
  readonly document: string | undefined;
  readonly paragraphs: readonly NoticeParagraph[];
}

const NUMBERED = /^([一二三四五六七八九十]+)、(.*)$/;
const DOCUMENT = /^\S{2,10}〔\d{4}〕\d+号$/;

/**
 * Splits a notice into title, document number and numbered paragraphs. The text is NFKC-folded first, so the
 * full-width punctuation of the published notice (：（），) and the half-width forms copies carry read the same;
 * lines starting with `#` (a copy's own remarks) and blank lines are skipped.
 */
export function splitNotice(text: string): NoticeParts {
  const lines = text
    .normalize('NFKC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  let title: string | undefined;
  let document: string | undefined;
  const paragraphs: NoticeParagraph[] = [];
  let pending = '';
  for (const line of lines) {
    if (title === undefined) {
      pending += line.replace(/\s+/g, '');
      if (pending.endsWith('通知')) title = pending;
      else if (pending.length > 200) title = '';
      continue;
    }
    if (document === undefined && DOCUMENT.test(line)) document = line;
    const numbered = NUMBERED.exec(line);
    if (numbered !== null) paragraphs.push({ numeral: numbered[1] ?? '', text: (numbered[2] ?? '').trim() });
  }
  const year = /(\d{4})年/.exec(title ?? '')?.[1];
  return {
    title: title === '' ? undefined : title,
    year: year === undefined ? undefined : Number(year),
    document,
    paragraphs,
  };
}
