/** What the assignment spec's snippet takes from the host: as the README's, with the draw called `drawRecord`. */
export { conflicts, history, inspectors, record as drawRecord, targets } from './assignment.js';
