/**
 * The selected targets per stratum, filtered as the reader types, and the worker's answer to "was this id drawn?".
 */
import { h, table } from './dom.js';
import { type Language, words } from './i18n.js';
import type { DrawSummary, Lookup } from './protocol.js';

const LIMIT = 200;

/**
 * The selected targets whose id contains the filter, at most 200 rows.
 *
 * @param d - the draw summary
 * @param filter - the text typed (matched anywhere in the id, case-insensitively)
 * @param t - the language
 * @returns the table and a line saying how many are shown
 */
export function renderSelected(d: DrawSummary, filter: string, t: Language): Node[] {
  const f = filter.trim().normalize('NFC').toUpperCase();
  const matches = f === '' ? d.selected : d.selected.filter((s) => s.id.toUpperCase().includes(f));
  const shown = matches.slice(0, LIMIT);
  return [
    h(
      'p',
      { class: 'muted', id: 'selected-count' },
      words(t, 'showing', { shown: shown.length, total: matches.length }),
    ),
    table(
      [words(t, 'stratum'), words(t, 'colRank'), words(t, 'colId'), words(t, 'colKey')],
      shown.map((s) => [
        s.stratum || '—',
        s.rank,
        h('span', { class: 'id' }, s.id),
        h('code', { class: 'digest' }, s.key),
      ]),
      { id: 'selected' },
    ),
  ];
}

/**
 * The answer to a look-up, in one sentence.
 *
 * @param l - the worker's answer
 * @param t - the language
 * @returns the paragraph
 */
export function renderLookup(l: Lookup, t: Language): Node {
  const base = { id: l.query, stratum: l.stratum || '—' };
  let text: string;
  if (!l.inPool) text = words(t, 'lookupNotInPool', base);
  else if (l.excluded !== undefined)
    text = words(t, 'lookupExcluded', { ...base, reason: l.excluded.reason });
  else if (l.replaced !== undefined)
    text = words(t, 'lookupReplaced', {
      ...base,
      reason: l.replaced.reason,
      by: l.replaced.replacedBy ?? words(t, 'none'),
    });
  else if (l.selected !== undefined)
    text = words(t, 'lookupSelected', { ...base, rank: l.selected.rank, key: l.selected.key });
  else
    text = words(t, 'lookupNotSelected', { ...base, key: l.key ?? '', cutoff: l.cutoff ?? words(t, 'none') });
  const teams = l.teams?.map((team) => `${team.department}: ${team.members.join('、')}`).join('；');
  return h(
    'p',
    {
      class: l.selected === undefined ? 'lookup' : 'lookup hit',
      'data-in-pool': String(l.inPool),
      'data-selected': String(l.selected !== undefined),
    },
    text,
    teams === undefined ? null : h('br'),
    teams === undefined ? null : words(t, 'lookupTeams', { teams }),
  );
}
