import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../api/endpoints';
import { messageOf } from '../api/problem';
import type { EmAdvice, FeasibilityAspects } from '../api/types';
import { Alert, ErrorAlert, Loading } from '../components/Alert';
import { AddressForm } from '../components/em-advice/AddressForm';
import { ConclusionForm } from '../components/em-advice/ConclusionForm';
import { DocumentSection } from '../components/em-advice/DocumentSection';
import { FeasibilityForm } from '../components/em-advice/FeasibilityForm';
import { MissingItems } from '../components/em-advice/MissingItems';
import { PoliceInformationForm } from '../components/em-advice/PoliceInformationForm';
import { RequestSection } from '../components/em-advice/RequestSection';
import { ZonesEditor } from '../components/em-advice/ZonesEditor';
import { Heading } from '../components/Heading';
import { StatusBadge } from '../components/StatusBadge';
import { statusLabel } from '../labels';
import { hasRole, useUser } from '../session';
import { useTitle } from '../useLoad';

const SECTIONS: [string, string][] = [
  ['aanvraag', 'Aanvraag'],
  ['haalbaarheid', 'Haalbaarheidsonderzoek'],
  ['politie', 'Politie-informatie'],
  ['zones', 'Zones en tijden'],
  ['conclusie', 'Conclusie'],
  ['document', 'Document'],
];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-kop`} className="regie-section regie-card regie-advice-section" id={id}>
      <Heading level={2} id={`${id}-kop`} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

type State =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'done'; advice: EmAdvice; aspects: FeasibilityAspects };

/** The EM advice (deeladvies EM) the specialist works on, from the request to sending the document. */
export function EmAdvicePage({ adviceId }: { adviceId: string }) {
  const user = useUser();
  const [state, setState] = useState<State>({ state: 'loading' });
  // Bumped after each save so the forms start again from the stored advice.
  const [version, setVersion] = useState(0);
  useTitle(state.state === 'done' ? `Deeladvies EM – ${state.advice.client.name}` : 'Deeladvies EM');

  useEffect(() => {
    let live = true;
    Promise.all([api.emAdvice(adviceId), api.feasibilityAspects()]).then(
      ([advice, aspects]) => live && setState({ state: 'done', advice, aspects }),
      (err: unknown) => live && setState({ state: 'error', message: messageOf(err) }),
    );
    return () => {
      live = false;
    };
  }, [adviceId]);

  if (state.state !== 'done') {
    return (
      <>
        <Heading level={1}>Deeladvies EM</Heading>
        {state.state === 'loading' ? (
          <Loading what="het EM-advies" />
        ) : (
          <ErrorAlert error={state.message} title="Het EM-advies kan niet worden getoond" />
        )}
      </>
    );
  }

  const { advice, aspects } = state;
  const closed =
    Boolean(advice.documentSentAt) || advice.status === 'COMPLETED' || advice.status === 'CANCELLED';
  const writer =
    (hasRole(user, 'em_coordinator') && advice.organisation === user.organisation.code) ||
    (hasRole(user, 'em_specialist') && advice.assignee?.id === user.id);
  const readOnly = closed || !writer;
  const saved = (a: EmAdvice) => setState({ ...state, advice: a });
  const savedAndReset = (a: EmAdvice) => {
    saved(a);
    setVersion((v) => v + 1);
  };

  return (
    <>
      <p className="utrecht-pre-heading regie-pre-heading">Deeladvies EM</p>
      <Heading level={1}>EM-advies — {advice.client.name}</Heading>
      <p className="regie-advice-status">
        <StatusBadge status={closed ? 'inactive' : 'active'}>{statusLabel(advice.status)}</StatusBadge>
        {advice.assignee && <span>EM-specialist: {advice.assignee.displayName}</span>}
      </p>
      {readOnly && !closed && (
        <Alert type="info">
          <p className="utrecht-paragraph">
            U kunt dit advies inzien. Alleen de toegewezen EM-specialist of een EM-coördinator van de
            organisatie kan het wijzigen.
          </p>
        </Alert>
      )}
      <div className="regie-advice-layout">
        <div className="regie-advice-aside">
          <nav className="regie-toc" aria-label="Op deze pagina">
            <p className="regie-toc__title">Op deze pagina</p>
            <ol className="regie-toc__list">
              {SECTIONS.map(([id, label]) => (
                <li key={id}>
                  <a className="utrecht-link utrecht-link--html-a" href={`#${id}`}>
                    {label}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          <MissingItems advice={advice} />
        </div>
        <div className="regie-advice-main">
          <Section id="aanvraag" title="Aanvraag">
            <RequestSection advice={advice} />
            <AddressForm advice={advice} which="intended" readOnly={readOnly} onSaved={saved} />
            <AddressForm advice={advice} which="victim" readOnly={readOnly} onSaved={saved} />
          </Section>
          <Section id="haalbaarheid" title="Haalbaarheidsonderzoek">
            <FeasibilityForm
              key={`f${version}`}
              advice={advice}
              aspects={aspects}
              readOnly={readOnly}
              onSaved={saved}
            />
          </Section>
          <Section id="politie" title="Politie-informatie">
            <PoliceInformationForm key={`p${version}`} advice={advice} readOnly={readOnly} onSaved={saved} />
          </Section>
          <Section id="zones" title="Zones en tijden">
            <ZonesEditor key={`z${version}`} advice={advice} readOnly={readOnly} onSaved={saved} />
          </Section>
          <Section id="conclusie" title="Conclusie">
            <ConclusionForm key={`c${version}`} advice={advice} readOnly={readOnly} onSaved={saved} />
          </Section>
          <Section id="document" title="Document">
            <DocumentSection advice={advice} canSend={writer} onSent={savedAndReset} />
          </Section>
        </div>
      </div>
    </>
  );
}
