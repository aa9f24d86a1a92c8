/**
 * The computations the time-zone test runs in a child process under each `TZ`: every answer that involves a date,
 * an instant or a deadline, printed as one JSON object. Run: `TZ=Pacific/Kiritimati npx tsx test/surface/time-zone-probe.ts`
 */
import { main as firstDraw } from '../../examples/first-draw.js';
import { createWorkCalendar } from '../../src/calendar/index.js';
import {
  addDays,
  addMonths,
  daysBetween,
  fixedClock,
  isoWeekday,
  parseInstant,
  parseIsoDate,
  toChinaDate,
  toChinaInstant,
} from '../../src/core/index.js';

const attempt = (f: () => unknown): unknown => {
  try {
    return f();
  } catch (error) {
    return { error: (error as { code?: string }).code ?? String(error) };
  }
};

const calendar = createWorkCalendar();
const d = parseIsoDate('2025-01-20');
const clock = fixedClock('2025-12-31T23:59:59+08:00', 1000);
const out = {
  toChinaDate: [
    toChinaDate('2025-01-19T17:30:00Z'),
    toChinaDate('2025-01-19T15:59:59.999Z'),
    toChinaDate('2025-01-20T00:00:00-12:00'),
    toChinaDate(new Date(Date.UTC(2024, 1, 28, 16, 0, 0))),
    attempt(() => toChinaDate('2025-01-20T00:00:00')),
  ],
  toChinaInstant: [
    toChinaInstant(new Date(Date.UTC(2025, 0, 20, 1, 30))),
    toChinaInstant(parseInstant('2025-01-20T00:00:00Z')),
    attempt(() => toChinaInstant('2025-01-20T00:00:00' as never)),
    attempt(() => toChinaInstant('Jan 20 2025' as never)),
  ],
  clock: [clock(), clock()],
  dates: [addDays(d, 40), addMonths(d, 1), daysBetween(d, parseIsoDate('2025-03-01')), isoWeekday(d)],
  calendar: [
    calendar.deadline(parseIsoDate('2025-01-20'), 20).due,
    calendar.isWorkday(parseIsoDate('2026-02-28')),
    calendar.addWorkdays(parseIsoDate('2025-10-04'), 1),
  ],
  firstDraw: firstDraw(),
};
process.stdout.write(JSON.stringify(out));
