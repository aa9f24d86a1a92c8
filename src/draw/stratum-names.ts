import { SsjError } from '../core/index.js';
import type { SampleSpec } from './types.js';

/**
 * Refuses a per-stratum sample whose names are not NFC, or equal after NFC (分层名称规范): pool strata are
 * compared after NFC, so a name `"e\u0301"` would otherwise silently ask 0 of stratum `"é"`.
 *
 * @throws {SsjError} `DRAW_INVALID_STRATUM_NAME` naming each such name
 */
export function checkStratumNames(sample: SampleSpec): void {
  if (!('strata' in sample)) return;
  const seen = new Set<string>();
  const issues = [];
  for (const name of Object.keys(sample.strata)) {
    const nfc = name.normalize('NFC');
    if (nfc !== name)
      issues.push({ path: ['sample', 'strata', name], message: 'not in NFC', expected: JSON.stringify(nfc) });
    else if (seen.has(nfc))
      issues.push({ path: ['sample', 'strata', name], message: 'named twice', expected: 'one name' });
    seen.add(nfc);
  }
  if (issues.length > 0)
    throw new SsjError(
      'DRAW_INVALID_STRATUM_NAME',
      `Stratum names must be NFC: ${issues.map((i) => JSON.stringify(i.path[2])).join(', ')}`,
      { issues },
    );
}
