// Dates as Dutch readers expect them: dd-mm-jjjj, times in Europe/Amsterdam.
const TZ = 'Europe/Amsterdam';

/** `2026-03-09` → `09-03-2026`. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  if (isoDate.length > 10) return formatDate(amsterdamDate(new Date(isoDate)));
  return `${m[3]}-${m[2]}-${m[1]}`;
}

const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TZ, hour: '2-digit', minute: '2-digit' });

/** An ISO instant → `09-03-2026 14:05` in Dutch local time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDate(amsterdamDate(d))} ${timeFormat.format(d)}`;
}

const dateParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) of an instant in the Netherlands. */
export function amsterdamDate(d: Date = new Date()): string {
  return dateParts.format(d);
}

/** Is the due date (YYYY-MM-DD) before today in the Netherlands? */
export const isOverdue = (dueDate: string, today = amsterdamDate()) => dueDate < today;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TZ,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Wall-clock parts of an instant in the Netherlands. */
function amsterdamParts(d: Date): { date: string; time: string; utcMs: number } {
  const p = Object.fromEntries(partsFormat.formatToParts(d).map((x) => [x.type, x.value]));
  const date = `${p.year}-${p.month}-${p.day}`;
  const time = `${p.hour}:${p.minute}`;
  return { date, time, utcMs: Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!) };
}

/**
 * Date and time typed in a form, meant as Dutch local time whatever the browser's own time zone, → an ISO
 * instant. Empty when the date is missing or invalid (the API then names the field).
 */
export function localToIso(date: string, time: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})/.exec(time || '00:00');
  if (!m || !t) return '';
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +t[1]!, +t[2]!);
  if (Number.isNaN(wall)) return '';
  // Guess with the offset at the wall time, then correct once (daylight-saving transitions).
  let instant = wall - (amsterdamParts(new Date(wall)).utcMs - wall);
  instant = wall - (amsterdamParts(new Date(instant)).utcMs - instant);
  return new Date(instant).toISOString();
}

/** Now, as Dutch local date and time for form fields. */
export function localNowParts(now = new Date()): { date: string; time: string } {
  const { date, time } = amsterdamParts(now);
  return { date, time };
}

export const formatNumber = (n: number) =>
  new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(n);
