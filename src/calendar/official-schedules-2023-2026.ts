import { BRIDGED } from './official-notes.js';
import type { YearSchedule } from './schedule-types.js';

/**
 * The State Council holiday schedules (国务院办公厅关于部分节假日安排的通知) for 2023–2026, period by period as
 * the notices state them. 2025 on follow the 2024 revision of 《全国年节及纪念日放假办法》 (春节 4 days including
 * 除夕, 劳动节 2 days). Each cites its notice and the page its text was read from (`source`).
 *
 * 2024: the notice gives 元旦 and 端午节 as "放假，与周末连休". Both are read the same way, as the 2019 notice's
 * 清明节, 端午节 and 中秋节 are: the Saturday and Sunday next to the day are days off of the period (元旦
 * 2023-12-30 to 2024-01-01, 端午节 2024-06-08 to 06-10). No working day changes; `dayInfo` gives those weekend
 * days as `holiday` with the period's name.
 */
export const OFFICIAL_SCHEDULES_2023_2026 = [
  {
    year: 2023,
    notice: '国办发明电〔2022〕16号',
    source: 'https://zh.m.wikisource.org/zh/国务院办公厅关于2023年部分节假日安排的通知',
    periods: [
      { name: '元旦', from: '2022-12-31', to: '2023-01-02' },
      { name: '春节', from: '2023-01-21', to: '2023-01-27', makeupWork: ['2023-01-28', '2023-01-29'] },
      { name: '清明节', from: '2023-04-05' },
      { name: '劳动节', from: '2023-04-29', to: '2023-05-03', makeupWork: ['2023-04-23', '2023-05-06'] },
      { name: '端午节', from: '2023-06-22', to: '2023-06-24', makeupWork: ['2023-06-25'] },
      {
        name: '中秋节、国庆节',
        from: '2023-09-29',
        to: '2023-10-06',
        makeupWork: ['2023-10-07', '2023-10-08'],
      },
    ],
  },
  {
    year: 2024,
    notice: '国办发明电〔2023〕7号',
    source: 'https://zh.wikisource.org/wiki/国务院办公厅关于2024年部分节假日安排的通知',
    periods: [
      { name: '元旦', from: '2023-12-30', to: '2024-01-01', note: BRIDGED },
      {
        name: '春节',
        from: '2024-02-10',
        to: '2024-02-17',
        makeupWork: ['2024-02-04', '2024-02-18'],
        note: '鼓励各单位结合带薪年休假等制度落实,安排职工在除夕(2月9日)休息。',
      },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06', makeupWork: ['2024-04-07'] },
      { name: '劳动节', from: '2024-05-01', to: '2024-05-05', makeupWork: ['2024-04-28', '2024-05-11'] },
      { name: '端午节', from: '2024-06-08', to: '2024-06-10', note: BRIDGED },
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17', makeupWork: ['2024-09-14'] },
      { name: '国庆节', from: '2024-10-01', to: '2024-10-07', makeupWork: ['2024-09-29', '2024-10-12'] },
    ],
  },
  {
    year: 2025,
    notice: '国办发明电〔2024〕12号',
    source: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
    periods: [
      { name: '元旦', from: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04', makeupWork: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05', makeupWork: ['2025-04-27'] },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      {
        name: '国庆节、中秋节',
        from: '2025-10-01',
        to: '2025-10-08',
        makeupWork: ['2025-09-28', '2025-10-11'],
      },
    ],
  },
  {
    year: 2026,
    notice: '国办发明电〔2025〕7号',
    source: 'https://politics.gmw.cn/2025-11/04/content_38391083.htm',
    periods: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03', makeupWork: ['2026-01-04'] },
      { name: '春节', from: '2026-02-15', to: '2026-02-23', makeupWork: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05', makeupWork: ['2026-05-09'] },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07', makeupWork: ['2026-09-20', '2026-10-10'] },
    ],
  },
] as const satisfies readonly YearSchedule[];
