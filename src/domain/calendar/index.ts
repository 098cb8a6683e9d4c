/**
 * Working-day deadlines under the Algemene termijnenwet (Atw): the Dutch public holidays of art. 3 and
 * the extension rule of art. 1. Pure: no I/O, only the built-in Date and Intl.
 */
export type { PlainDate } from './plain-date.js';
export type { HolidayName, PublicHoliday } from './holidays.js';
export { dutchPublicHolidays, easterSunday, holidayName, isPublicHoliday } from './holidays.js';
export {
  DEFAULT_TIME_ZONE,
  addWorkingDays,
  calendarDate,
  deadlineFrom,
  extendToWorkingDay,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './working-days.js';
