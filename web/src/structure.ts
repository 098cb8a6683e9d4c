import { useEffect, useState } from 'react';
import { api } from './api/endpoints';
import type { OrganisationStructure } from './api/types';

// Regions and units are reference data: loaded once per page load and shared by every screen, so orders and
// caseloads can show "RN Utrecht" instead of the id "rn-midden-utrecht".

let loading: Promise<Map<string, string>> | undefined;

function namesOf(items: OrganisationStructure[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const o of items) {
    for (const r of o.regions) {
      names.set(r.id, `${o.code} ${r.name}`);
      for (const u of r.units) names.set(u.id, u.name);
    }
  }
  return names;
}

/** A function that names a region or unit id; it returns the id itself until the names have loaded. */
export function usePlaceNames(): (id: string | null | undefined) => string {
  const [names, setNames] = useState<Map<string, string> | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loading ??= api
      .organisations()
      .then((r) => namesOf(r.items))
      .catch(() => {
        loading = undefined; // try again on the next screen
        return new Map<string, string>();
      });
    void loading.then((n) => live && setNames(n));
    return () => {
      live = false;
    };
  }, []);
  return (id) => (id ? (names?.get(id) ?? id) : '');
}
