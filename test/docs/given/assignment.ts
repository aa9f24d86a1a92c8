/**
 * What the assignment snippets take from the host: the published target draw, the inspectors, the drawn targets
 * with the departments that visit each, the declared conflicts (回避) and the last visits (轮换).
 */
import { inspectors, targets } from '../../../examples/inspector-assignment.js';
import { commitDraw, revealDraw } from '../../../src/draw/index.js';

export { inspectors, targets };

const pool = [{ id: '91150621MA0Q5XYZ0A' }, { id: '91150621MA0Q5XYZ1B' }, { id: '91150621MA0Q5XYZ2C' }];
const commitment = commitDraw({
  pool,
  sample: { count: 1 },
  randomnessSource: 'dice at the ceremony of 2025-03-03',
});

/** The published target draw whose seed the assignment takes. */
export const record = revealDraw(commitment, pool, ['4 2 6']);

export const conflicts = [{ inspectorId: 'H02', targetId: '91150621MA0Q5XYZ0A', reason: '配偶在该企业任职' }];

export const history = [
  { inspectorId: 'A01', targetId: '91150621MA0Q5XYZ0A', department: '应急管理局', date: '2024-06-18' },
];
