/**
 * What the calendar guide's snippet takes from the host: `2027.json`, the schedule `shuangsuiji calendar notice`
 * writes for a 2027 notice, in the folder the snippet runs in. (No 2027 notice exists yet: the periods are the
 * guide's own example.)
 */
import { writeFileSync } from 'node:fs';
import type { YearSchedule } from '../../../src/calendar/index.js';

const schedule: YearSchedule = {
  year: 2027,
  notice: '国务院办公厅关于2027年部分节假日安排的通知（示例）',
  periods: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-12', makeupWork: ['2027-02-20'] },
  ],
};
writeFileSync('2027.json', JSON.stringify(schedule));
