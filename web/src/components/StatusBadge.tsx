import type { ReactNode } from 'react';

export type BadgeStatus = 'neutral' | 'safe' | 'warning' | 'danger' | 'active' | 'inactive';

export function StatusBadge({ status = 'neutral', children }: { status?: BadgeStatus; children: ReactNode }) {
  return (
    <span className={`utrecht-status-badge utrecht-status-badge--${status} regie-badge`}>{children}</span>
  );
}
