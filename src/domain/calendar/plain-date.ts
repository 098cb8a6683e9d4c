/**
 * A calendar date without time of day or time zone, as an ISO 8601 string `YYYY-MM-DD`.
 *
 * Deadlines under the Algemene termijnenwet are counted in whole calendar days, so the module works on
 * plain dates and never on instants. Internally a date is a day number (days since 1970-01-01) and all
 * arithmetic is integer arithmetic on UTC-based `Date` values: no local time zone, no DST surprises.
 */
export type PlainDate = string;

/** First year of the Gregorian calendar for which the Easter computation is meaningful. */
export const MIN_YEAR = 1583;
/** Last year that still fits the four-digit `YYYY-MM-DD` notation. */
export const MAX_YEAR = 9999;

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number (days since 1970-01-01) of a Gregorian date; the caller guarantees the parts are valid. */
export function dayNumberOf(year: number, month: number, day: number): number {
  const d = new Date(0);
  // setUTCFullYear instead of Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(
      `Invalid year ${describe(year)}: expected an integer from ${MIN_YEAR} to ${MAX_YEAR}`,
    );
  }
}

/** Parses and validates a `YYYY-MM-DD` string into its day number; throws a RangeError otherwise. */
export function toDayNumber(date: PlainDate, what = 'date'): number {
  const match = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
  if (!match)
    throw new RangeError(`Invalid ${what} ${describe(date)}: expected a calendar date as YYYY-MM-DD`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Invalid ${what} ${describe(date)}: no such calendar date`);
  }
  if (year < MIN_YEAR) {
    throw new RangeError(
      `Invalid ${what} ${describe(date)}: dates before ${MIN_YEAR}-01-01 are not supported`,
    );
  }
  return dayNumberOf(year, month, day);
}

function daysInMonth(year: number, month: number): number {
  return dayNumberOf(year, month + 1, 1) - dayNumberOf(year, month, 1);
}

/** The `YYYY-MM-DD` string of a day number; throws a RangeError beyond the supported years. */
export function fromDayNumber(dayNumber: number): PlainDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  const year = d.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Date out of range: only years ${MIN_YEAR} to ${MAX_YEAR} are supported`);
  }
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

export function yearOfDayNumber(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export { MS_PER_DAY };
