/**
 * Each problem in plain words (问题说明): what the code means for a reader who is not a programmer, in Chinese and
 * English. `{id}`, `{stratum}`, `{department}` are filled in from the problem; the library's own message is shown
 * beside it as the technical detail.
 */
import type { Language } from './i18n.js';
import type { Finding } from './protocol.js';

type Words = { readonly zh: string; readonly en: string };

const PROBLEM_WORDS = {
  'record-digest': {
    zh: '抽取结果记录的摘要与其内容不符：记录在公布后被改动过。',
    en: 'The record’s digest does not match its content: the record was changed after it was published.',
  },
  'commitment-digest': {
    zh: '记录中的抽取承诺与其摘要不符：承诺内容被改动过。',
    en: 'The commitment inside the record does not match its digest: its content was changed.',
  },
  'commitment-mismatch': {
    zh: '记录与抽取承诺不一致（名录、排除或{stratum}层的数量与承诺的不同）。',
    en: 'The record differs from its commitment (the pool, the exclusions or the size of stratum {stratum}).',
  },
  seed: {
    zh: '随机种子不是由承诺摘要和公开随机数算出的。',
    en: 'The seed is not the one computed from the commitment digest and the public randomness.',
  },
  'pool-digest': {
    zh: '这份名录与抽取时使用的名录不同（名录摘要不符）：有对象被增删或改动。',
    en: 'This pool is not the pool the draw used (the pool digest differs): entries were added, removed or changed.',
  },
  'pool-count': {
    zh: '名录条数与记录不符。',
    en: 'The number of entries in the pool is not the record’s.',
  },
  'stratum-counts': {
    zh: '第 {stratum} 层的计数（名录、排除、可抽、应抽或已抽）与重新抽取的结果不符。',
    en: 'The counts of stratum {stratum} (pool, excluded, eligible, size or drawn) differ from the re-run.',
  },
  'wrong-key': {
    zh: '{id}（第 {stratum} 层）的排序密钥不对。',
    en: '{id} (stratum {stratum}) has the wrong key.',
  },
  'wrong-rank': {
    zh: '{id}（第 {stratum} 层）的序位不对。',
    en: '{id} (stratum {stratum}) has the wrong rank.',
  },
  'wrong-order': {
    zh: '抽中对象没有按层和密钥顺序排列。',
    en: 'The selected targets are not in stratum and key order.',
  },
  'missing-selection': {
    zh: '{id}（第 {stratum} 层）按公开算法应被抽中，但不在公示结果中。',
    en: '{id} (stratum {stratum}) should have been drawn but is not in the published result.',
  },
  'extra-selection': {
    zh: '{id}（第 {stratum} 层）按公开算法不应被抽中，却出现在公示结果中。',
    en: '{id} (stratum {stratum}) should not have been drawn but is in the published result.',
  },
  'excluded-selected': {
    zh: '{id}（第 {stratum} 层）已被排除，却出现在抽中结果中。',
    en: '{id} (stratum {stratum}) was excluded, yet it is among the selected.',
  },
  replacement: {
    zh: '替补没有按密钥顺序取下一户。',
    en: 'A replacement did not take the next entry in key order.',
  },
  'next-key': {
    zh: '第 {stratum} 层的截止密钥不对。',
    en: 'The cut-off key of stratum {stratum} is wrong.',
  },
  exclusions: {
    zh: '排除名单不是规范形式。',
    en: 'The exclusions are not in canonical form.',
  },
  malformed: {
    zh: '记录格式有误，无法核验。',
    en: 'The record is malformed and cannot be checked.',
  },
  'commitment-anchor': {
    zh: '记录中的抽取承诺不是抽取前公示的那一份：承诺摘要与公示的摘要不同，抽取可能被重新编排过。',
    en: 'The commitment in the record is not the one published before the draw: its digest differs from the published digest, so the draw may have been re-arranged.',
  },
  'published-digest-format': {
    zh: '填写的公示摘要应为 64 位十六进制字符。',
    en: 'The published digest must be 64 hexadecimal characters.',
  },
  'direct-form': {
    zh: '这不是公开抽取：随机种子由操作方直接给定，而不是由事先公示的承诺和公开随机数算出，无法证明未经挑选。',
    en: 'This is not a ceremony draw: the operator chose the seed instead of deriving it from a published commitment and public randomness, so it cannot be shown to be unsteered.',
  },
  randomness: {
    zh: '公开随机数与承诺中事先写明的来源或格式不符。',
    en: 'A public randomness value does not fit the source or form fixed in the commitment.',
  },
  beacon: {
    zh: 'drand 随机信标的签名验证未通过：这个值不是该轮次公开发布的随机数。',
    en: 'The drand beacon’s signature does not verify: the value is not the one published for that round.',
  },
  'step-numbering': {
    zh: '替补和扩大抽取的步骤编号不连续。',
    en: 'The steps of the replacements and extensions are not numbered in order.',
  },
  'commitment-file': {
    zh: '所给的抽取承诺文件与记录中的承诺不同。',
    en: 'The commitment file is not the commitment inside the record.',
  },
  'pool-file': {
    zh: '名录文件无法读取。',
    en: 'The pool file cannot be read.',
  },
  unreadable: {
    zh: '文件内容无法核验。',
    en: 'The files cannot be checked.',
  },
  'digest-mismatch': {
    zh: '检查人员匹配记录的摘要与其内容不符：记录被改动过。',
    en: 'The assignment’s digest does not match its content: it was changed.',
  },
  'anchor-mismatch': {
    zh: '检查人员匹配记录没有使用本次抽取（种子或记录摘要不同）。',
    en: 'The assignment does not follow this draw (its seed or draw digest differs).',
  },
  'inputs-mismatch': {
    zh: '所给的人员或对象名单不是匹配时使用的名单。',
    en: 'The inspector or target lists are not the ones the assignment used.',
  },
  'replay-failed': {
    zh: '无法按名单重新匹配。',
    en: 'The assignment cannot be replayed from the lists.',
  },
  'team-mismatch': {
    zh: '{id} 的 {department} 检查组与重新匹配的结果不同。',
    en: 'The {department} team for {id} differs from the replay.',
  },
  'field-mismatch': {
    zh: '检查人员匹配记录的某项内容与重新匹配的结果不同。',
    en: 'A field of the assignment differs from the replay.',
  },
  'not-drawn': {
    zh: '{id} 被安排了检查，但不在本次抽中的对象中。',
    en: '{id} is visited but was not drawn.',
  },
} as const satisfies Record<string, Words>;

/**
 * The plain words for a problem.
 *
 * @param finding - the problem
 * @param language - `zh` or `en`
 * @returns one sentence
 */
export function problemWords(finding: Finding, language: Language): string {
  const table: Readonly<Record<string, Words>> = PROBLEM_WORDS;
  const template = table[finding.code]?.[language] ?? finding.message;
  const values: Record<string, string> = {
    id: finding.id ?? '',
    stratum: finding.stratum ?? '',
    department: finding.department ?? '',
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
