import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the field to jump to. */
  fieldId: string;
  message: string;
}

/**
 * All problems of a form at once, at the top (GOV.UK / NL Design System error summary): each links to its
 * field, and the summary takes focus so screen-reader users hear it first.
 */
export function ErrorSummary({ title, items }: { title: string; items: SummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [items]);
  if (!items.length) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="utrecht-alert utrecht-alert--error regie-alert regie-error-summary"
      role="alert"
      aria-labelledby="foutoverzicht-kop"
    >
      <span className="utrecht-alert__icon regie-alert__icon" aria-hidden="true">
        !
      </span>
      <div className="utrecht-alert__content">
        <h2 className="utrecht-heading-2 regie-error-summary__title" id="foutoverzicht-kop">
          {title}
        </h2>
        <ul className="utrecht-unordered-list regie-error-summary__list">
          {items.map((it, i) => (
            <li className="utrecht-unordered-list__item" key={`${it.fieldId}-${i}`}>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`#${it.fieldId}`}
                onClick={(e) => {
                  const el = document.getElementById(it.fieldId);
                  if (!el) return;
                  e.preventDefault();
                  el.scrollIntoView({ block: 'center' });
                  (el.matches('fieldset') ? el.querySelector<HTMLElement>('input') : el)?.focus();
                }}
              >
                {it.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
