import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../router';

const cls = (...c: (string | false | undefined)[]) => c.filter(Boolean).join(' ');

/** An in-app link: a real href (open in new tab works), navigation without a page load. */
export function Link({
  href,
  className,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <a
      {...rest}
      href={href}
      onClick={handle}
      className={cls('utrecht-link', 'utrecht-link--html-a', className)}
    />
  );
}

/** A link that leaves the app (the OIDC sign-in, the API docs). */
export function ExternalLink({ className, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a {...rest} className={cls('utrecht-link', 'utrecht-link--html-a', className)} />;
}

/** An in-app link that looks like a (primary) button. */
export function ButtonLink({
  href,
  className,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
      className={cls(
        'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action regie-button-link',
        className,
      )}
    />
  );
}
