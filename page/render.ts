/**
 * Renders the report: the verdict in one sentence, each problem in plain words, what to compare by eye, the
 * per-stratum arithmetic, the replacements and the assignment. The selected targets and the id look-up are in
 * `render-search.ts`.
 */
import { h, table } from './dom.js';
import { type Language, type WordKey, words } from './i18n.js';
import { problemWords } from './problem-words.js';
import type {
  AssignmentSummary,
  DrawSummary,
  Finding,
  PageReport,
  RandomnessRow,
  StratumRow,
} from './protocol.js';

const code = (text: string) => h('code', { class: 'digest' }, text);

function verdictText(report: PageReport, t: Language): string {
  switch (report.verdict) {
    case 'valid':
      return words(t, 'verdictValid');
    case 'unanchored':
      return words(t, 'verdictUnanchored');
    case 'invalid':
      return words(t, 'verdictInvalid', { count: report.problems.length });
    case 'incomplete': {
      const names = report.missing.map((m) => words(t, `role_${m}` as WordKey));
      return words(t, 'verdictIncomplete', { missing: names.join(t === 'zh' ? '、' : ', ') || '—' });
    }
  }
}

function problemItem(p: Finding, t: Language) {
  return h(
    'li',
    { 'data-code': p.code },
    h('span', { class: 'plain' }, problemWords(p, t)),
    p.expected === undefined
      ? null
      : h('span', { class: 'kv' }, `${words(t, 'expected')} `, code(p.expected)),
    p.found === undefined ? null : h('span', { class: 'kv' }, `${words(t, 'found')} `, code(p.found)),
    h('small', { class: 'detail' }, `${words(t, 'detail')}: [${p.code}] ${p.message}`),
  );
}

function mark(ok: boolean, t: Language) {
  return h('span', { class: ok ? 'ok' : 'bad' }, ok ? `✓ ${words(t, 'same')}` : `✗ ${words(t, 'differs')}`);
}

function randomnessCell(r: RandomnessRow, t: Language): (Node | string)[] {
  const status = h(
    'span',
    {
      class: r.status === 'verified' ? 'ok' : r.status === 'refused' ? 'bad' : 'muted',
      'data-status': r.status,
    },
    words(t, `status_${r.status === 'not-checked' ? 'notChecked' : r.status}`),
  );
  const drand =
    r.kind === 'drand' && r.round !== undefined
      ? h('span', { class: 'kv' }, words(t, 'drandRound', { round: r.round, time: r.time ?? '—' }))
      : null;
  return [
    h('span', { class: 'kv' }, r.source),
    ...(drand === null ? [] : [drand]),
    h('span', { class: 'kv' }, code(r.value)),
    status,
  ];
}

function compareSection(d: DrawSummary, t: Language) {
  const row = (label: string, ...value: (Node | string)[]) =>
    h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, ...value));
  return h(
    'section',
    { 'aria-labelledby': 'compare-title' },
    h('h2', { id: 'compare-title' }, words(t, 'compareTitle')),
    h('p', {}, words(t, 'compareHelp')),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { class: 'pairs' },
        h(
          'tbody',
          {},
          row(
            words(t, 'publishedDigest'),
            d.published === null ? words(t, 'notGiven') : code(d.published.digest),
          ),
          row(
            words(t, 'recordCommitment'),
            d.commitmentDigest === null ? words(t, 'none') : code(d.commitmentDigest),
            ' ',
            d.published === null ? '' : mark(d.published.matches, t),
          ),
          row(words(t, 'form'), words(t, d.form === 'ceremony' ? 'formCeremony' : 'formDirect')),
          ...d.randomness.map((r, i) => row(`${words(t, 'randomness')} ${i + 1}`, ...randomnessCell(r, t))),
          row(words(t, 'seed'), code(d.seed)),
          row(words(t, 'recordDigest'), code(d.recordDigest)),
          row(words(t, 'poolDigest'), code(d.pool.digest)),
          row(words(t, 'poolCount'), d.pool.count.toLocaleString(t === 'zh' ? 'zh-CN' : 'en')),
          row(words(t, 'poolEncoding'), d.pool.encoding === 'gb18030' ? 'GBK / GB18030' : 'UTF-8'),
        ),
      ),
    ),
  );
}

function requested(s: StratumRow, t: Language): string {
  if ('count' in s.requested) return words(t, 'count', { n: s.requested.count });
  const percent = `${Number((s.requested.ratio * 100).toPrecision(12))}%`;
  return words(t, 'ratio', { percent, rounding: words(t, `rounding_${s.requested.rounding}` as WordKey) });
}

function strataSection(d: DrawSummary, t: Language) {
  const head = [
    'stratum',
    'colPool',
    'colExcluded',
    'colEligible',
    'colRequested',
    'colSize',
    'colDrawn',
    'colSelected',
    'colShortfall',
  ] as const;
  return h(
    'section',
    { 'aria-labelledby': 'strata-title' },
    h('h2', { id: 'strata-title' }, words(t, 'strataTitle')),
    table(
      head.map((k) => words(t, k)),
      d.strata.map((s) => [
        s.name || '—',
        s.pool,
        s.excluded,
        s.eligible,
        requested(s, t),
        s.size,
        s.drawn,
        s.selected,
        s.shortfall,
      ]),
      { id: 'strata' },
    ),
    d.replacements.length === 0
      ? null
      : h(
          'div',
          {},
          h('h3', {}, words(t, 'replacementsTitle')),
          h(
            'ul',
            {},
            ...d.replacements.map((r) =>
              h(
                'li',
                {},
                words(t, 'replacedBy', {
                  id: r.id,
                  stratum: r.stratum,
                  reason: r.reason,
                  by: r.replacedBy ?? words(t, 'none'),
                }),
              ),
            ),
          ),
        ),
  );
}

function assignmentSection(a: AssignmentSummary, t: Language) {
  const rows = a.visits.flatMap((v) =>
    v.teams.map((team) => [
      v.targetId,
      team.department,
      team.lead,
      team.members.map((m) => m.inspectorId).join('、'),
      team.eligible,
    ]),
  );
  return h(
    'section',
    { 'aria-labelledby': 'assignment-title' },
    h('h2', { id: 'assignment-title' }, words(t, 'assignmentTitle')),
    h('p', {}, words(t, a.replayed ? 'assignmentReplayed' : 'assignmentNotReplayed')),
    h('p', {}, `${words(t, 'assignmentDigest')}: `, code(a.digest)),
    a.drawDigestMatches === null
      ? null
      : h('p', {}, `${words(t, 'assignmentDraw')}: `, a.drawDigestMatches ? words(t, 'yes') : words(t, 'no')),
    a.unstaffed === 0 ? null : h('p', {}, words(t, 'unstaffed', { n: a.unstaffed })),
    h(
      'details',
      {},
      h('summary', {}, words(t, 'teamsSummary', { visits: a.visits.length, teams: rows.length })),
      table(
        ['colTarget', 'colDepartment', 'colLead', 'colMembers', 'colEligibleInspectors'].map((k) =>
          words(t, k as WordKey),
        ),
        rows,
        { id: 'teams' },
      ),
    ),
  );
}

/**
 * Renders the report's sections; the selected-target list and the look-up go between `top` and `bottom`.
 *
 * @param report - the worker's report
 * @param t - the language
 * @returns the nodes above the list (verdict, problems, comparison, arithmetic) and below it (assignment, files)
 */
export function renderReport(report: PageReport, t: Language): { top: Node[]; bottom: Node[] } {
  const good = report.verdict === 'valid';
  const nodes: Node[] = [
    h(
      'p',
      {
        id: 'verdict',
        class: `verdict ${good ? 'good' : report.verdict === 'unanchored' ? 'warn' : 'bad'}`,
        'data-verdict': report.verdict,
        tabindex: '-1',
      },
      verdictText(report, t),
    ),
  ];
  if (report.problems.length > 0)
    nodes.push(
      h(
        'section',
        { 'aria-labelledby': 'problems-title' },
        h('h2', { id: 'problems-title' }, words(t, 'problemsTitle')),
        h('ol', { id: 'problems' }, ...report.problems.map((p) => problemItem(p, t))),
      ),
    );
  if (report.draw !== null) nodes.push(compareSection(report.draw, t), strataSection(report.draw, t));
  const bottom: Node[] = [];
  if (report.assignment !== null) bottom.push(assignmentSection(report.assignment, t));
  bottom.push(
    h(
      'details',
      {},
      h(
        'summary',
        {},
        words(t, 'filesTitle'),
        ' · ',
        words(t, 'took', { seconds: (report.millis / 1000).toFixed(2) }),
        ` (${Object.entries(report.phases)
          .map(([phase, ms]) => `${words(t, `phase_${phase}` as WordKey)} ${((ms ?? 0) / 1000).toFixed(2)}`)
          .join(t === 'zh' ? '；' : '; ')})`,
      ),
      h(
        'ul',
        { id: 'files' },
        ...report.files.map((f) =>
          h(
            'li',
            {},
            `${f.name} — ${words(t, `role_${f.role}` as WordKey)}${f.error === undefined ? '' : ` (${f.error})`}`,
          ),
        ),
      ),
    ),
  );
  return { top: nodes, bottom };
}
