/**
 * Time windows of a location requirement (locatiegebod): `{ weekday 1–7 (ISO, 1 = Monday), start, end }`
 * with times HH:MM; an end earlier than the start means the window runs over midnight into the next day
 * (Sunday's runs into Monday). Pure: used to validate proposed windows and to print them per weekday.
 */

export interface TimeWindow {
  weekday: number;
  start: string;
  end: string;
}

export interface TimeWindowProblem {
  /** Index of the offending window in the input. */
  index: number;
  field: 'start' | 'end' | 'weekday' | 'window';
  code: 'empty' | 'overlap' | 'format';
  detail: string;
  /** For overlaps: the other window. */
  other?: number;
}

export const WEEKDAYS_NL = [
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
] as const;

const WEEK = 7 * 24 * 60;
const HHMM = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

export function minutesOf(hhmm: string): number | undefined {
  const m = HHMM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** The window as a half-open interval [from, to) in minutes since Monday 00:00; `to` may exceed a week. */
export function weekInterval(w: TimeWindow): { from: number; to: number } | undefined {
  const s = minutesOf(w.start);
  const e = minutesOf(w.end);
  if (s === undefined || e === undefined || !Number.isInteger(w.weekday) || w.weekday < 1 || w.weekday > 7) {
    return undefined;
  }
  const from = (w.weekday - 1) * 1440 + s;
  const to = (w.weekday - 1) * 1440 + e + (e <= s ? 1440 : 0);
  return { from, to };
}

/** Whether two half-open intervals on the circular week share any minute. */
function intersects(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  for (const shift of [-WEEK, 0, WEEK]) {
    if (a.from < b.to + shift && b.from + shift < a.to) return true;
  }
  return false;
}

/**
 * Every problem at once: a window with end equal to its start (no length, or ambiguously 24 hours), a bad
 * weekday or time, and each pair of windows that overlap, also when one runs over midnight into the next
 * day. Touching windows (one ends at 07:00, the next starts at 07:00) do not overlap.
 */
export function timeWindowProblems(windows: readonly TimeWindow[]): TimeWindowProblem[] {
  const problems: TimeWindowProblem[] = [];
  const intervals: ({ from: number; to: number } | undefined)[] = [];
  windows.forEach((w, i) => {
    const interval = weekInterval(w);
    if (!interval) {
      problems.push({
        index: i,
        field: 'window',
        code: 'format',
        detail: 'weekdag 1–7 en tijden UU:MM verwacht',
      });
      intervals.push(undefined);
      return;
    }
    if (w.start === w.end) {
      problems.push({
        index: i,
        field: 'end',
        code: 'empty',
        detail: `eindtijd gelijk aan begintijd (${w.start}) op ${WEEKDAYS_NL[w.weekday - 1]}: het tijdvak heeft geen duur`,
      });
      intervals.push(undefined);
      return;
    }
    intervals.push(interval);
  });
  for (let j = 0; j < windows.length; j++) {
    const b = intervals[j];
    if (!b) continue;
    for (let i = 0; i < j; i++) {
      const a = intervals[i];
      if (!a || !intersects(a, b)) continue;
      const wi = windows[i]!;
      const wj = windows[j]!;
      problems.push({
        index: j,
        other: i,
        field: 'window',
        code: 'overlap',
        detail:
          `tijdvak ${WEEKDAYS_NL[wj.weekday - 1]} ${wj.start}–${wj.end} overlapt met tijdvak ` +
          `${WEEKDAYS_NL[wi.weekday - 1]} ${wi.start}–${wi.end} (nr. ${i + 1})`,
      });
      break;
    }
  }
  return problems;
}

/** Windows grouped per weekday (1–7), each sorted by start time: for the document's table. */
export function windowsPerWeekday(windows: readonly TimeWindow[]): Map<number, TimeWindow[]> {
  const map = new Map<number, TimeWindow[]>();
  for (let d = 1; d <= 7; d++) map.set(d, []);
  for (const w of windows) map.get(w.weekday)?.push(w);
  for (const list of map.values()) list.sort((a, b) => a.start.localeCompare(b.start));
  return map;
}
