/**
 * The remark on a period a notice gives as "X月X日放假，与周末连休": the library reads it as the day and the
 * Saturday and Sunday next to it (a Friday with the weekend after, a Monday with the weekend before), the same for
 * every notice (2019: 清明节, 端午节, 中秋节; 2024: 元旦, 端午节). `parseHolidayNotice` writes the same remark.
 */
export const BRIDGED =
  '放假，与周末连休: the Saturday and Sunday next to the day off are days off of this period.';
