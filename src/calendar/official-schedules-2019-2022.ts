import { BRIDGED } from './official-notes.js';
import type { YearSchedule } from './schedule-types.js';

/**
 * The State Council holiday schedules (国务院办公厅关于部分节假日安排的通知) for 2019–2022, period by period as
 * the notices state them, with the later changes (the 2019 劳动节 and the 2020 春节 extension) applied. Each cites
 * its notice and the page its text was read from (`source`); the texts are in the tests, which parse each with
 * `parseHolidayNotice` and `amendHolidaySchedule` and find exactly this data.
 */
export const OFFICIAL_SCHEDULES_2019_2022 = [
  {
    year: 2019,
    notice: '国办发明电〔2018〕15号',
    source: 'http://czj.gnzrmzf.gov.cn/info/1282/12573.htm',
    periods: [
      { name: '元旦', from: '2018-12-30', to: '2019-01-01', makeupWork: ['2018-12-29'] },
      { name: '春节', from: '2019-02-04', to: '2019-02-10', makeupWork: ['2019-02-02', '2019-02-03'] },
      { name: '清明节', from: '2019-04-05', to: '2019-04-07', note: BRIDGED },
      {
        name: '劳动节',
        from: '2019-05-01',
        to: '2019-05-04',
        makeupWork: ['2019-04-28', '2019-05-05'],
        note: "Set by 国办发明电〔2019〕3号, replacing the period of the year's notice.",
        source: '国办发明电〔2019〕3号',
      },
      { name: '端午节', from: '2019-06-07', to: '2019-06-09', note: BRIDGED },
      { name: '中秋节', from: '2019-09-13', to: '2019-09-15', note: BRIDGED },
      { name: '国庆节', from: '2019-10-01', to: '2019-10-07', makeupWork: ['2019-09-29', '2019-10-12'] },
    ],
  },
  {
    year: 2020,
    notice: '国办发明电〔2019〕16号',
    source: 'http://kaixinit.com/news/3681.html',
    periods: [
      { name: '元旦', from: '2020-01-01' },
      { name: '春节', from: '2020-01-24', to: '2020-01-30', makeupWork: ['2020-01-19'] },
      {
        name: '春节',
        from: '2020-01-31',
        to: '2020-02-02',
        note: 'Extension of the 春节 holiday to 2020-02-02; make-up working days in it are dropped.',
        source: '国办发明电〔2020〕1号',
      },
      { name: '清明节', from: '2020-04-04', to: '2020-04-06' },
      { name: '劳动节', from: '2020-05-01', to: '2020-05-05', makeupWork: ['2020-04-26', '2020-05-09'] },
      { name: '端午节', from: '2020-06-25', to: '2020-06-27', makeupWork: ['2020-06-28'] },
      {
        name: '国庆节、中秋节',
        from: '2020-10-01',
        to: '2020-10-08',
        makeupWork: ['2020-09-27', '2020-10-10'],
      },
    ],
  },
  {
    year: 2021,
    notice: '国办发明电〔2020〕27号',
    source: 'http://www.cncaprc.cn/?c=i&a=lList_mod&myid=3&id=3366',
    periods: [
      { name: '元旦', from: '2021-01-01', to: '2021-01-03' },
      { name: '春节', from: '2021-02-11', to: '2021-02-17', makeupWork: ['2021-02-07', '2021-02-20'] },
      { name: '清明节', from: '2021-04-03', to: '2021-04-05' },
      { name: '劳动节', from: '2021-05-01', to: '2021-05-05', makeupWork: ['2021-04-25', '2021-05-08'] },
      { name: '端午节', from: '2021-06-12', to: '2021-06-14' },
      { name: '中秋节', from: '2021-09-19', to: '2021-09-21', makeupWork: ['2021-09-18'] },
      { name: '国庆节', from: '2021-10-01', to: '2021-10-07', makeupWork: ['2021-09-26', '2021-10-09'] },
    ],
  },
  {
    year: 2022,
    notice: '国办发明电〔2021〕11号',
    source: 'http://www.beijing.gov.cn/zhengce/zhengcefagui/202110/t20211026_2520500.html',
    periods: [
      { name: '元旦', from: '2022-01-01', to: '2022-01-03' },
      { name: '春节', from: '2022-01-31', to: '2022-02-06', makeupWork: ['2022-01-29', '2022-01-30'] },
      { name: '清明节', from: '2022-04-03', to: '2022-04-05', makeupWork: ['2022-04-02'] },
      { name: '劳动节', from: '2022-04-30', to: '2022-05-04', makeupWork: ['2022-04-24', '2022-05-07'] },
      { name: '端午节', from: '2022-06-03', to: '2022-06-05' },
      { name: '中秋节', from: '2022-09-10', to: '2022-09-12' },
      { name: '国庆节', from: '2022-10-01', to: '2022-10-07', makeupWork: ['2022-10-08', '2022-10-09'] },
    ],
  },
] as const satisfies readonly YearSchedule[];
