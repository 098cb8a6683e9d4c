import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints';
import { ApiError, messageOf } from '../api/problem';
import type { DemoUser } from '../api/types';
import { Alert, ErrorAlert, Loading } from '../components/Alert';
import { TextField } from '../components/Fields';
import { Heading, Paragraph } from '../components/Heading';
import { ROLE_LABELS, organisationLabel, organisationOrder, rolesLabel } from '../labels';
import { useSession } from '../session';
import { useLoad, useTitle } from '../useLoad';

const ROLE_ORDER = Object.keys(ROLE_LABELS);
const roleOrder = (u: DemoUser) => Math.min(...u.roles.map((r) => (ROLE_ORDER.indexOf(r) + 100) % 100), 99);

/** `em-specialist-2.rn` after `em-specialist.rn`. */
const extra = (u: DemoUser) => (/-\d+\./.test(u.username) ? 1 : 0);

function groupByOrganisation(users: DemoUser[]): [string, DemoUser[]][] {
  const groups = new Map<string, DemoUser[]>();
  for (const u of users) groups.set(u.organisation, [...(groups.get(u.organisation) ?? []), u]);
  const sorted = [...groups.entries()].sort(([a], [b]) => organisationOrder(a) - organisationOrder(b));
  return sorted.map(([org, list]) => [
    org,
    list.sort(
      (a, b) => roleOrder(a) - roleOrder(b) || extra(a) - extra(b) || a.username.localeCompare(b.username),
    ),
  ]);
}

export function SignInPage() {
  useTitle('Inloggen');
  const { signIn, notice } = useSession();
  const [config] = useLoad(() => api.authConfig(), []);
  const [username, setUsername] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();

  async function login(name: string) {
    setBusy(name);
    setError(null);
    setFieldError(undefined);
    try {
      const r = await api.devLogin(name);
      signIn(r.token, r.user);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404)
        setFieldError(`Er is geen actieve gebruiker "${name}".`);
      else if (err instanceof ApiError && err.fieldErrors.username) setFieldError(err.fieldErrors.username);
      else setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const name = username.trim();
    if (name.length < 2) {
      setFieldError('Vul een gebruikersnaam in.');
      return;
    }
    void login(name);
  };

  return (
    <div className="regie-signin">
      <Heading level={1}>Inloggen bij Regie</Heading>
      <Paragraph lead>Het primaire-processysteem van de reclassering.</Paragraph>
      {notice && (
        <Alert type="warning">
          <p className="utrecht-paragraph">{notice}</p>
        </Alert>
      )}
      <ErrorAlert error={error} title="Inloggen is niet gelukt" />
      {config.state === 'loading' && <Loading what="de inlogmogelijkheden" />}
      {config.state === 'error' && <ErrorAlert error={messageOf(config.error)} />}
      {config.state === 'done' && (
        <>
          {config.data.oidc && (
            <section aria-labelledby="oidc-kop" className="regie-card">
              <Heading level={2} id="oidc-kop">
                Organisatieaccount
              </Heading>
              <Paragraph>Log in met het account van uw organisatie.</Paragraph>
              <p className="utrecht-paragraph">
                <a
                  href={config.data.oidcLoginUrl ?? '/auth/login'}
                  className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
                >
                  Inloggen met uw organisatieaccount
                </a>
              </p>
            </section>
          )}
          {config.data.devLogin && (
            <section aria-labelledby="demo-kop" className="regie-card">
              <Heading level={2} id="demo-kop">
                Demo-inlog
              </Heading>
              <Alert type="warning">
                <p className="utrecht-paragraph">
                  Dit is een demo- of testomgeving met verzonnen gegevens. Kies een demogebruiker; in
                  productie logt u in met uw organisatieaccount.
                </p>
              </Alert>
              <form onSubmit={submit} noValidate className="regie-form regie-inline-form">
                <TextField
                  id="gebruikersnaam"
                  label="Gebruikersnaam"
                  value={username}
                  onChange={setUsername}
                  autoComplete="username"
                  error={fieldError}
                  required
                />
                <Button type="submit" appearance="primary-action-button" busy={busy === username.trim()}>
                  Inloggen
                </Button>
              </form>
              {groupByOrganisation(config.data.demoUsers ?? []).map(([org, users]) => (
                <section key={org} aria-labelledby={`org-${org}`} className="regie-demo-org">
                  <Heading level={3} id={`org-${org}`}>
                    {organisationLabel(org)}
                  </Heading>
                  <ul className="regie-demo-users">
                    {users.map((u) => (
                      <li key={u.username}>
                        <Button
                          appearance="secondary-action-button"
                          className="regie-demo-user"
                          busy={busy === u.username}
                          disabled={busy !== null}
                          onClick={() => void login(u.username)}
                        >
                          <span className="regie-demo-user__name">{u.displayName}</span>
                          <span className="regie-demo-user__role">{rolesLabel(u.roles)}</span>
                          <span className="regie-demo-user__username">{u.username}</span>
                        </Button>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </section>
          )}
          {!config.data.oidc && !config.data.devLogin && (
            <Alert type="error" title="Inloggen is hier niet ingericht">
              <p className="utrecht-paragraph">Neem contact op met de beheerder van Regie.</p>
            </Alert>
          )}
        </>
      )}
    </div>
  );
}
