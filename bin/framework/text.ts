/**
 * Every word the command prints, in Chinese and English (双语文本). A command never prints a bare string: it
 * builds a {@link Text} and the output picks the language chosen by `--lang` or, failing that, `LANG`.
 */

/** The languages the command speaks. */
export const LANGS = ['zh', 'en'] as const;

/** A language the command speaks. */
export type Lang = (typeof LANGS)[number];

/** One message in both languages. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** A message in both languages: `text('有效', 'valid')`. */
export const text = (zh: string, en: string): Text => ({ zh, en });

/** Joins messages (or plain strings, which are the same in both languages) in each language. */
export function join(parts: readonly (Text | string)[], separator = ''): Text {
  const pick = (lang: Lang) => parts.map((p) => (typeof p === 'string' ? p : p[lang])).join(separator);
  return { zh: pick('zh'), en: pick('en') };
}

/**
 * The language to speak: `--lang` when given, else the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
 * (`zh_CN.UTF-8` → Chinese), else English.
 */
export function chooseLang(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  if (flag === 'zh' || flag === 'en') return flag;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^zh([_.-]|$)/i.test(locale) ? 'zh' : 'en';
}
