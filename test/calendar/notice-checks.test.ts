import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  amendHolidaySchedule,
  OFFICIAL_SCHEDULES,
  parseHolidayNotice,
  safeParseHolidayNotice,
} from '../../src/calendar/index.js';
import { isSsjError } from '../../src/core/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'notices');
const text = (name: string) => readFileSync(join(dir, `${name}.txt`), 'utf8');

/** The notice with one passage replaced (the passage must be there). */
function mutate(name: string, from: string, to: string): string {
  const original = text(name);
  expect(original).toContain(from);
  return original.replace(from, to);
}

/** The issues a refused text gives, as `code paragraph`. */
function refusal(notice: string): string[] {
  const result = safeParseHolidayNotice(notice);
  if (result.success) throw new Error('the notice was accepted');
  expect(result.error.code).toBe('CALENDAR_INVALID_NOTICE');
  return result.error.issues.map((i) => `${(i as { code?: string }).code} ${String(i.path[0])}`);
}

describe('a misread or mistyped notice is refused, naming the paragraph', () => {
  it('a wrong weekday: 1月4日 is a Sunday, not a Monday', () => {
    expect(refusal(mutate('2026', '1月4日（周日）上班', '1月4日（周一）上班'))).toEqual([
      'weekday-mismatch 一、元旦',
    ]);
  });

  it('a wrong 共N天: 2月15日 to 23日 is 9 days, not 8', () => {
    expect(refusal(mutate('2026', '放假调休，共9天', '放假调休，共8天'))).toEqual([
      'day-count-mismatch 二、春节',
    ]);
  });

  it('a make-up working day on a Wednesday (its weekday rightly stated)', () => {
    expect(refusal(mutate('2026', '5月9日（周六）上班', '5月6日（周三）上班'))).toEqual([
      'makeup-not-weekend 四、劳动节',
    ]);
  });

  it('a wrong lunar remark: 2026-02-15 is 腊月二十八, not 二十七', () => {
    expect(refusal(mutate('2026', '农历腊月二十八', '农历腊月二十七'))).toEqual([
      'lunar-date-mismatch 二、春节',
    ]);
  });

  it('a wrong 除夕 in a remark: 2024-02-08 is not 除夕 (02-09 is)', () => {
    expect(refusal(mutate('2024', '除夕（2月9日）', '除夕（2月8日）'))).toEqual([
      'lunar-date-mismatch 二、春节',
    ]);
  });

  it('a 春节 that leaves out 除夕, a statutory day off since 2025', () => {
    const notice = mutate(
      '2025',
      '1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天',
      '1月29日（周三）至2月4日（农历正月初七、周二）放假调休，共7天',
    );
    expect(refusal(notice)).toEqual(['statutory-day-outside 二、春节']);
  });

  it('but not before 2025: 除夕 2024 (02-09) was no statutory day off under the 2013 text', () => {
    expect(() => parseHolidayNotice(text('2024'))).not.toThrow();
  });

  it('a 中秋节 on the wrong weekend (the lunar date is computed, not looked up)', () => {
    const notice = mutate('2026', '9月25日（周五）至27日（周日）放假', '9月18日（周五）至20日（周日）放假');
    expect(refusal(notice)).toEqual(['makeup-in-period 七、国庆节', 'statutory-day-outside 六、中秋节']);
  });

  it('a missing festival paragraph', () => {
    const notice = mutate('2026', '五、端午节：6月19日（周五）至21日（周日）放假，共3天。', '');
    expect(refusal(notice)).toEqual(['festival-missing text']);
  });

  it('a make-up working day that is also a day off', () => {
    expect(
      refusal(mutate('2026', '2月14日（周六）、2月28日（周六）上班', '2月21日（周六）、2月28日（周六）上班')),
    ).toEqual(['makeup-in-period 二、春节']);
  });

  it('"与周末连休" said of a Wednesday', () => {
    const notice = mutate('2019', '四、劳动节：5月1日放假。', '四、劳动节：5月1日放假，与周末连休。');
    expect(refusal(notice)).toEqual(['no-adjacent-weekend 四、劳动节']);
  });

  it('two paragraphs giving the same day', () => {
    const notice = mutate('2022', '9月10日至12日放假，共3天', '9月10日至10月1日放假，共22天');
    expect(refusal(notice)).toEqual(['periods-overlap 七、国庆节']);
  });

  it('a date that does not exist, a reversed range, an unknown festival, an unreadable sentence', () => {
    expect(refusal(mutate('2021', '2月20日（星期六）上班', '2月30日（星期六）上班'))).toEqual([
      'invalid-date 二、春节',
    ]);
    expect(refusal(mutate('2021', '6月12日至14日放假', '6月14日至12日放假'))).toEqual([
      'range-reversed 五、端午节',
    ]);
    expect(refusal(mutate('2021', '五、端午节：', '五、端阳节：'))).toContain('unknown-festival 五、端阳节');
    expect(refusal(mutate('2021', '9月18日（星期六）上班', '9月18日（星期六）加班'))).toEqual([
      'unreadable-sentence 六、中秋节',
    ]);
  });

  it('text with no title, or not a string', () => {
    expect(refusal('一、元旦：1月1日放假，共1天。')).toEqual(['no-title title']);
    const result = safeParseHolidayNotice(42 as unknown as string);
    expect(!result.success && isSsjError(result.error, 'CALENDAR_INVALID_NOTICE')).toBe(true);
  });

  it('an amendment passed as a notice, and an amendment for another year', () => {
    expect(refusal(text('2020-spring-festival-extension'))).toEqual(['not-an-amendment title']);
    const schedule2021 = OFFICIAL_SCHEDULES.find((s) => s.year === 2021);
    if (schedule2021 === undefined) throw new Error('no 2021');
    try {
      amendHolidaySchedule(schedule2021, text('2020-spring-festival-extension'));
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error, 'CALENDAR_INVALID_NOTICE')).toBe(true);
      expect((error as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual([
        'amendment-year-mismatch',
      ]);
    }
  });

  it('an extension whose day back at work is not the day after', () => {
    const schedule2020 = parseHolidayNotice(text('2020')).schedule;
    const amendment = mutate('2020-spring-festival-extension', '2月3日（星期一）起', '2月4日（星期二）起');
    try {
      amendHolidaySchedule(schedule2020, amendment);
      expect.unreachable();
    } catch (error) {
      expect(
        (error as { issues: { code: string; paragraph: string }[] }).issues.map(
          (i) => `${i.code} ${i.paragraph}`,
        ),
      ).toEqual(['day-count-mismatch 一、春节']);
    }
  });
});
