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

const dateParts = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (YYYY-MM-DD) of an instant in the Netherlands. */
export function amsterdamDate(d: Date = new Date()): string {
  return dateParts.format(d);
}

/** Is the due date (YYYY-MM-DD) before today in the Netherlands? */
export const isOverdue = (dueDate: string, today = amsterdamDate()) => dueDate < today;

/** Local date and time fields (as typed in a form) → an ISO instant with offset. */
export function localToIso(date: string, time: string): string {
  if (!date) return '';
  const d = new Date(`${date}T${time || '00:00'}`);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

export function localNowParts(now = new Date()): { date: string; time: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
  };
}

export const formatNumber = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(n);
