import type { ReactNode } from 'react';

/** Key–value details (NL Design System data list) as a <dl>. */
export function DataList({ items, className }: { items: [ReactNode, ReactNode][]; className?: string }) {
  return (
    <dl className={['utrecht-data-list', 'regie-data-list', className].filter(Boolean).join(' ')}>
      {items.map(([key, value], i) => (
        <div className="utrecht-data-list__item regie-data-list__item" key={i}>
          <dt className="utrecht-data-list__item-key">{key}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {value ?? '—'}
          </dd>
        </div>
      ))}
    </dl>
  );
}
