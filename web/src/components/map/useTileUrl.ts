import { useEffect, useState } from 'react';
import { api } from '../../api/endpoints';

let cached: Promise<string | null> | null = null;

/** The configured tile URL (GET /api/v1/auth/config), null when none (offline), undefined while loading. */
export function useTileUrl(): string | null | undefined {
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    cached ??= api.authConfig().then(
      (c) => c.tileUrl ?? null,
      () => null,
    );
    let live = true;
    void cached.then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, []);
  return url;
}
