import { holidayDayNumbers, isHolidayDayNumber } from './holidays.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  MS_PER_DAY,
  fromDayNumber,
  pad,
  toDayNumber,
  weekdayOf,
  yearOfDayNumber,
  type PlainDate,
} from './plain-date.js';

/** Order terms are counted on the Dutch calendar, whatever the server's own time zone is. */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/*
 * Algemene termijnenwet (Atw) art. 1 lid 1: a statutory term that ends on a Saturday, Sunday or
 * algemeen erkende feestdag (art. 3) is extended to the next day that is none of these. The same three
 * kinds of day are what a "working day" excludes here, so a term expressed in working days always ends on
 * a day on which the term may end. (Days equated with holidays by royal decree under art. 3 lid 3 and the
 * two-working-day minimum of art. 2 are not modelled.)
 */

function isWorkingDayNumber(dayNumber: number): boolean {
  const year = yearOfDayNumber(dayNumber);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Date out of range: only years ${MIN_YEAR} to ${MAX_YEAR} are supported`);
  }
  const weekday = weekdayOf(dayNumber);
  return weekday !== 0 && weekday !== 6 && !isHolidayDayNumber(dayNumber, year);
}

function assertDayCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Invalid ${what} ${String(n)}: expected a whole number of at least 0`);
  }
}

/** Whether `date` is neither a Saturday, a Sunday nor an algemeen erkende feestdag (Atw art. 1 and 3). */
export function isWorkingDay(date: PlainDate): boolean {
  return isWorkingDayNumber(toDayNumber(date));
}

/**
 * The date `n` working days after `date`. Counting starts the day after `date` (the day of receipt itself
 * never counts), so for n ≥ 1 the result is always a working day. `n = 0` returns `date` unchanged, even
 * when it is not a working day; use {@link extendToWorkingDay} or {@link deadlineFrom} for a term's end.
 */
export function addWorkingDays(date: PlainDate, n: number): PlainDate {
  let day = toDayNumber(date);
  assertDayCount(n, 'number of working days');
  for (let remaining = n; remaining > 0;) {
    day += 1;
    if (isWorkingDayNumber(day)) remaining -= 1;
  }
  return fromDayNumber(day);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: PlainDate): PlainDate {
  return addWorkingDays(date, 1);
}

/**
 * Atw art. 1 lid 1: a term ending on a Saturday, Sunday or algemeen erkende feestdag is extended to the
 * next working day. A working day is returned unchanged.
 */
export function extendToWorkingDay(date: PlainDate): PlainDate {
  return isWorkingDay(date) ? date : nextWorkingDay(date);
}

/**
 * Working days after `from` up to and including `to`, so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`. Negative (the count after `to` up to and including
 * `from`) when `to` is before `from`; 0 when they are equal.
 */
export function workingDaysBetween(from: PlainDate, to: PlainDate): number {
  const a = toDayNumber(from, 'from date');
  const b = toDayNumber(to, 'to date');
  // `0 - n` rather than `-n`, so that an empty backward range gives 0 and not -0.
  return b >= a ? countWorkingDays(a, b) : 0 - countWorkingDays(b, a);
}

/** Working days in the half-open range (a, b], a ≤ b, without walking it day by day. */
function countWorkingDays(a: number, b: number): number {
  let count = weekdaysThrough(b) - weekdaysThrough(a);
  for (let year = yearOfDayNumber(a); year <= yearOfDayNumber(b); year++) {
    for (const holiday of holidayDayNumbers(year)) {
      const weekday = weekdayOf(holiday);
      if (holiday > a && holiday <= b && weekday !== 0 && weekday !== 6) count -= 1;
    }
  }
  return count;
}

// Day number of a Monday (1969-12-29); the anchor for counting Monday–Friday days.
const MONDAY = -3;

/** Cumulative count of Monday–Friday days up to `dayNumber`, relative to an arbitrary Monday. */
function weekdaysThrough(dayNumber: number): number {
  const k = dayNumber - MONDAY + 1;
  const weeks = Math.floor(k / 7);
  return 5 * weeks + Math.min(k - 7 * weeks, 5);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        calendar: 'gregory',
        numberingSystem: 'latn',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
    } catch (error) {
      throw new RangeError(
        `Invalid time zone ${JSON.stringify(timeZone)}: expected an IANA name such as ${DEFAULT_TIME_ZONE}`,
        { cause: error },
      );
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// RFC 3339 date-time, as the API's `date-time` format accepts it. An offset is mandatory: `Date.parse`
// would read a string without one as server-local time, which is exactly the bug this module avoids.
const INSTANT_PATTERN =
  /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

function parseInstant(value: string): number {
  const match = INSTANT_PATTERN.exec(value);
  const invalid = () =>
    new RangeError(
      `Invalid instant ${JSON.stringify(value)}: expected YYYY-MM-DD or an ISO 8601 date-time with offset, e.g. 2026-04-23T22:30:00Z`,
    );
  if (!match) throw invalid();
  const [, date = '', hh, mm, ss, fraction = '', zulu, sign, oh, om] = match;
  const hour = Number(hh);
  const minute = Number(mm);
  const second = Number(ss ?? 0);
  const offsetHours = Number(oh ?? 0);
  const offsetMinutes = Number(om ?? 0);
  if (hour > 23 || minute > 59 || second > 60 || offsetHours > 23 || offsetMinutes > 59) throw invalid();
  let dayNumber: number;
  try {
    dayNumber = toDayNumber(date);
  } catch (error) {
    throw new RangeError(`Invalid instant ${JSON.stringify(value)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  // A leap second (…:60) belongs to the minute it ends; clamp it so it cannot roll into the next day.
  const millis = second === 60 ? 59_999 : second * 1000 + Number(fraction.padEnd(3, '0').slice(0, 3));
  return dayNumber * MS_PER_DAY + (hour * 60 + minute - offset) * 60_000 + millis;
}

/**
 * The calendar date of an instant in `timeZone` (an IANA name), via Intl: 2026-04-23T22:30:00Z is
 * 24 April in Amsterdam. A plain `YYYY-MM-DD` string already is a calendar date and is returned as is.
 */
export function calendarDate(at: string | Date, timeZone: string = DEFAULT_TIME_ZONE): PlainDate {
  const formatter = formatterFor(timeZone);
  let epochMs: number;
  if (at instanceof Date) {
    epochMs = at.getTime();
    if (Number.isNaN(epochMs)) throw new RangeError('Invalid instant: the Date object is invalid');
  } else if (typeof at === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return fromDayNumber(toDayNumber(at));
    epochMs = parseInstant(at);
  } else {
    throw new RangeError(`Invalid instant ${String(at)}: expected a string or a Date`);
  }
  const parts = formatter.formatToParts(new Date(epochMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  if (![year, month, day].every(Number.isInteger) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(
      `Instant ${JSON.stringify(at)} is out of range: only years ${MIN_YEAR} to ${MAX_YEAR} are supported`,
    );
  }
  return fromDayNumber(toDayNumber(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`));
}

/**
 * The deadline of a term of `workingDays` working days for something received at `receivedAt`: the day of
 * receipt is taken on the calendar of `timeZone` (a submission at 00:30 Amsterdam time counts from that
 * day, even though it is still the previous day in UTC), counting starts the next day, and the result is
 * extended under Atw art. 1 if it is not a working day (which can only happen when `workingDays` is 0).
 */
export function deadlineFrom(
  receivedAt: string | Date,
  workingDays: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): PlainDate {
  assertDayCount(workingDays, 'number of working days');
  return extendToWorkingDay(addWorkingDays(calendarDate(receivedAt, timeZone), workingDays));
}
