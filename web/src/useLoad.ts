import { useCallback, useEffect, useState } from 'react';

export type Load<T> = { state: 'loading' } | { state: 'done'; data: T } | { state: 'error'; error: unknown };

/** Runs a loader when its dependencies change; `reload` runs it again. Stale answers are dropped. */
export function useLoad<T>(loader: () => Promise<T>, deps: unknown[]): [Load<T>, () => void] {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setResult((r) => (r.state === 'done' ? r : { state: 'loading' }));
    loader().then(
      (data) => live && setResult({ state: 'done', data }),
      (error: unknown) => live && setResult({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return [result, useCallback(() => setTick((t) => t + 1), [])];
}

/** Sets the browser tab title, so every page can be told apart (WCAG 2.4.2). */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Regie`;
  }, [title]);
}
