import * as z from 'zod/mini';
import { expectString, parseWith } from '../../core/internal.js';

/**
 * One legal basis of a checklist item (检查依据): the law, regulation or rule by name and, usually, the article.
 * The name is stored without the book-title marks 《》, which {@link formatLegalBasis} adds back.
 */
export interface LegalBasis {
  /** Name of the law, regulation or rule (法律、法规、规章名称), e.g. `企业信息公示暂行条例`. */
  readonly law: string;
  /** Article(s) cited (条款), e.g. `第十五条`; absent when the whole instrument is cited. */
  readonly article?: string;
}

const nonBlank = z.string().check(z.trim(), z.minLength(1, { message: 'Expected a non-empty text' }));

/** Zod schema of a {@link LegalBasis}; strips 《》 from the name. */
export const legalBasisSchema = z.pipe(
  z.strictObject({
    law: z.pipe(
      nonBlank,
      z.transform((s) => s.replace(/^《/, '').replace(/》$/, '').trim()),
    ),
    article: z.optional(nonBlank),
  }),
  z.transform(
    (b): LegalBasis => (b.article === undefined ? { law: b.law } : { law: b.law, article: b.article }),
  ),
);

/**
 * Writes a legal basis the way Chinese documents cite it (检查依据): `《name》article`.
 *
 * @param basis - the legal basis
 * @returns e.g. `《企业信息公示暂行条例》第十五条`
 * @throws {SsjError} `CHECKLIST_INVALID` when it is not `{ law, article? }` of non-blank texts
 * @example
 * ```ts
 * formatLegalBasis({ law: '企业信息公示暂行条例', article: '第十五条' }); // '《企业信息公示暂行条例》第十五条'
 * ```
 */
export function formatLegalBasis(basis: LegalBasis): string {
  const checked = parseWith(legalBasisSchema, basis, 'legal basis', 'CHECKLIST_INVALID');
  return `《${checked.law}》${checked.article ?? ''}`;
}

const CITED = /《([^《》]+)》/g;
const SEPARATORS = /^[\s,，;；、。]+|[\s,，;；、。]+$/g;
const ARTICLE_TAIL = /^(.*?)(第[一二三四五六七八九十百千零〇\d]+条.*)$/;

/**
 * Reads the 检查依据 cell of a spreadsheet into legal bases. Each `《…》` starts a new basis and the text up to
 * the next one is its article (`《A》第十五条；《B》第二条、第三条` gives two bases). Without 《》, the text is
 * split at `；`/`;`/line breaks and an ending `第…条…` is taken as the article. Nothing is dropped: text that
 * is not an article stays in `article`.
 *
 * @param text - the cell text
 * @returns the bases, in order; empty for blank text
 * @example
 * ```ts
 * parseLegalBasisText('《企业信息公示暂行条例》第十五条；《中华人民共和国公司法》第四十条');
 * // [{ law: '企业信息公示暂行条例', article: '第十五条' }, { law: '中华人民共和国公司法', article: '第四十条' }]
 * ```
 */
export function parseLegalBasisText(text: string): LegalBasis[] {
  expectString(text, 'legal basis text');
  const marks = [...text.matchAll(CITED)];
  if (marks.length === 0) {
    return text
      .split(/[;；\n]+/)
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => {
        const m = ARTICLE_TAIL.exec(part);
        const law = m?.[1]?.trim() ?? '';
        return m === null || law === '' ? { law: part } : { law, article: m[2]?.trim() ?? '' };
      });
  }
  return marks.map((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    const article = text.slice(start, end).replace(SEPARATORS, '');
    const law = (mark[1] ?? '').trim();
    return article === '' ? { law } : { law, article };
  });
}
