import { useCallback, useState } from 'react';
import { ApiError, messageOf } from './api/problem';

/**
 * The state of one form's submission: busy, the page-level error, the API's field errors (by `errors[].name`)
 * and the confirmation once saved.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);

  const run = useCallback(async <T>(fn: () => Promise<T>, okMessage?: string): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    setSaved(null);
    try {
      const r = await fn();
      if (okMessage) setSaved(okMessage);
      return r;
    } catch (err) {
      setFieldErrors(err instanceof ApiError ? err.fieldErrors : {});
      setError(messageOf(err));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const reset = useCallback(() => {
    setError(null);
    setFieldErrors({});
    setSaved(null);
  }, []);

  return { busy, error, fieldErrors, saved, run, reset, setError, setFieldErrors, setSaved };
}

export type Submit = ReturnType<typeof useSubmit>;

/** Field errors under a prefix (`zones.0.`), without it. */
export function errorsUnder(fieldErrors: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fieldErrors)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}
