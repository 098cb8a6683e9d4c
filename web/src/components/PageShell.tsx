import { Button } from '@utrecht/button-react';
import { PageLayout } from '@utrecht/page-layout-react';
import type { ReactNode } from 'react';
import type { User } from '../api/types';
import { rolesLabel } from '../labels';
import { paths, usePath } from '../router';
import { Link } from './Link';

const EM_STAFF = ['em_specialist', 'em_coordinator', 'probation_advisor'];

/** The main menu, by role: the intake point works the queue, the 3RO administrator the keys and rules. */
function navItems(user: User): [string, string][] {
  const has = (...roles: string[]) => roles.some((r) => user.roles.includes(r));
  const items: [string, string][] = [[paths.caseload, 'Mijn caseload']];
  if (has('intake_officer')) items.push([paths.intake, 'Instroom']);
  if (has('intake_officer', ...EM_STAFF)) items.push([paths.emRequest, 'Loket EM']);
  if (has('intake_officer', 'em_specialist', 'em_coordinator')) items.push([paths.hearings, 'Schaduwlijst']);
  if (has('administrator')) {
    items.push([paths.distributionKeys, 'Verdeelsleutels']);
    items.push([paths.emSignalRules, 'EM-signaalregels']);
  }
  return items;
}

/**
 * Every page: skip link, banner with the app name and who is signed in, main navigation, main content and
 * footer — each a landmark, so screen-reader users can jump between them.
 */
export function PageShell({
  user,
  onSignOut,
  children,
}: {
  user: User | null;
  onSignOut?: () => void;
  children: ReactNode;
}) {
  const path = usePath();
  return (
    <PageLayout className="regie-layout">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus regie-skip-link" href="#inhoud">
        Direct naar de inhoud
      </a>
      <header className="utrecht-page-header regie-header">
        <div className="utrecht-page-header__content regie-header__content">
          <div className="regie-brand">
            <Link href={paths.caseload} className="regie-brand__name">
              Regie
            </Link>
            <span className="regie-brand__tagline">Reclassering · 3RO</span>
          </div>
          {user && (
            <div className="regie-user">
              <p className="regie-user__who">
                <span className="regie-user__name">{user.displayName}</span>
                <span className="regie-user__org">
                  {user.organisation.name} · {rolesLabel(user.roles)}
                </span>
              </p>
              <Button appearance="secondary-action-button" className="regie-signout" onClick={onSignOut}>
                Uitloggen
              </Button>
            </div>
          )}
        </div>
      </header>
      {user && (
        <nav className="utrecht-nav-bar regie-nav" aria-label="Hoofdmenu">
          <div className="utrecht-nav-bar__content regie-nav__content">
            <ul className="utrecht-nav-list regie-nav__list">
              {navItems(user).map(([href, label]) => (
                <li className="utrecht-nav-list__item" key={href}>
                  <Link
                    href={href}
                    className="utrecht-nav-list__link regie-nav__link"
                    aria-current={path === href ? 'page' : undefined}
                  >
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      )}
      <main id="inhoud" tabIndex={-1} className="utrecht-page-content regie-main">
        {children}
      </main>
      <footer className="utrecht-page-footer regie-footer">
        <div className="utrecht-page-footer__content regie-footer__content">
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Regie — open-source primair-processysteem voor de reclassering (RN, SVG, LJ&amp;R). Elke inzage in
            persoonsgegevens wordt vastgelegd.
          </p>
        </div>
      </footer>
    </PageLayout>
  );
}
