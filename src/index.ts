/**
 * shuangsuiji: 双随机、一公开 supervision as a pure TypeScript library. Everything is exported from the root;
 * each module is also its own subpath (`shuangsuiji/calendar`, `shuangsuiji/draw`, …).
 *
 * @packageDocumentation
 */

export * from './accountability/index.js';
export * from './assign/index.js';
export * from './beacon/index.js';
export * from './calendar/index.js';
export * from './core/index.js';
export * from './directories/index.js';
export * from './draw/index.js';
export * from './sampling/index.js';
export * from './testing/index.js';
export * from './workflow/index.js';
