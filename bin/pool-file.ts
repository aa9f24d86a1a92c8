/**
 * The pool file formats are the library's (`parsePoolFile` in `shuangsuiji/draw`, specified in docs/draw-spec.md):
 * the command line reads pools exactly as the browser verification page does.
 */
export { formatPoolCsv, POOL_FILE_COLUMNS, parsePoolFile } from '../src/draw/index.js';
