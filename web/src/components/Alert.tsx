import type { ReactNode } from 'react';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

const ICONS: Record<AlertType, string> = { info: 'i', ok: '✓', warning: '!', error: '!' };

/**
 * NL Design System alert. Errors and warnings are announced at once (role="alert"), the rest politely.
 */
export function Alert({
  type = 'info',
  title,
  children,
}: {
  type?: AlertType;
  title?: ReactNode;
  children?: ReactNode;
}) {
  const urgent = type === 'error' || type === 'warning';
  return (
    <div className={`utrecht-alert utrecht-alert--${type} regie-alert`} role={urgent ? 'alert' : 'status'}>
      <span className="utrecht-alert__icon regie-alert__icon" aria-hidden="true">
        {ICONS[type]}
      </span>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {title && <p className="utrecht-paragraph regie-alert__title">{title}</p>}
          {children}
        </div>
      </div>
    </div>
  );
}

export function ErrorAlert({
  error,
  title = 'Dat is niet gelukt',
}: {
  error: string | null;
  title?: string;
}) {
  if (!error) return null;
  return (
    <Alert type="error" title={title}>
      <p className="utrecht-paragraph">{error}</p>
    </Alert>
  );
}

export function Loading({ what = 'gegevens' }: { what?: string }) {
  return (
    <p className="utrecht-paragraph regie-loading" role="status">
      Bezig met laden van {what}…
    </p>
  );
}
