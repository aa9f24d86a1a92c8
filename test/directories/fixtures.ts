import { type IsoDate, type Uscc, usccCheckCharacter } from '../../src/core/index.js';
import type { Inspector, InspectorId, Target, TargetId } from '../../src/directories/index.js';

/** A valid USCC for a region and serial. */
export function uscc(type: '1' | '2' | '3', region: string, serial: string): Uscc {
  const first17 = `9${type}${region}${serial}`;
  return `${first17}${usccCheckCharacter(first17)}` as Uscc;
}

/** A valid enterprise target. */
export function target(overrides: Partial<Target> = {}): Target {
  return {
    id: uscc('1', '150621', 'MA0Q12345') as string as TargetId,
    kind: 'enterprise',
    name: '达拉特旗鑫盛商贸有限公司',
    region: '150621',
    industry: 'F5212',
    scale: 'small',
    creditClass: 'A',
    creditAsOf: '2024-12-01' as IsoDate,
    status: 'operating',
    abnormal: false,
    active: true,
    tags: ['食品'],
    history: [],
    ...overrides,
  };
}

/** A valid enforcement officer. */
export function inspector(overrides: Partial<Inspector> = {}): Inspector {
  return {
    id: 'samr-001' as InspectorId,
    name: '王明',
    department: 'samr',
    role: 'enforcement',
    certificates: [
      { number: '150621000001', validFrom: '2023-01-01' as IsoDate, validTo: '2027-12-31' as IsoDate },
    ],
    specialties: ['食品安全'],
    regions: ['150621'],
    active: true,
    ...overrides,
  };
}
