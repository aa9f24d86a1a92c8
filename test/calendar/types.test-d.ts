import { describe, expectTypeOf, it } from 'vitest';
import {
  createWorkCalendar,
  type DayInfo,
  type DayKind,
  type PeriodEnd,
  type WorkCalendar,
  type WorkdayDeadline,
} from '../../src/calendar/index.js';
import { type IsoDate, parseIsoDate } from '../../src/core/index.js';

describe('calendar types', () => {
  const calendar = createWorkCalendar();
  const date = parseIsoDate('2025-01-20');

  it('answers with branded dates and tagged kinds', () => {
    expectTypeOf(calendar).toEqualTypeOf<WorkCalendar>();
    expectTypeOf(calendar.addWorkdays(date, 20)).toEqualTypeOf<IsoDate>();
    expectTypeOf(calendar.deadline(date, 20)).toEqualTypeOf<WorkdayDeadline>();
    expectTypeOf(calendar.periodEnd(date, { days: 3 })).toEqualTypeOf<PeriodEnd>();
    expectTypeOf<DayInfo['kind']>().toEqualTypeOf<DayKind>();
    expectTypeOf<DayInfo['source']>().toEqualTypeOf<'official' | 'provisional' | 'custom'>();
  });

  it('accepts an IsoDate or a Date, not a plain string', () => {
    calendar.isWorkday(new Date());
    // @ts-expect-error a plain string must be checked with parseIsoDate first
    calendar.isWorkday('2025-01-20');
    // @ts-expect-error a period is days or months
    calendar.periodEnd(date, { weeks: 2 });
  });

  it('keeps answers read-only', () => {
    const info = calendar.dayInfo(date);
    // @ts-expect-error DayInfo is read-only
    info.workday = false;
  });
});
