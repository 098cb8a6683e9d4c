import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints';
import type { ClientSummary, EmRequestCreated, EmRequestInput } from '../api/types';
import { addressInput, AddressFields, emptyAddress, type AddressDraft } from '../components/AddressFields';
import { Alert } from '../components/Alert';
import { ClientPicker } from '../components/ClientPicker';
import { ErrorSummary } from '../components/ErrorSummary';
import { CheckboxField, RadioGroupField, SelectField, TextField, TextareaField } from '../components/Fields';
import { FormStatus } from '../components/FormStatus';
import { Heading, Paragraph } from '../components/Heading';
import { Link } from '../components/Link';
import { formatDate, localNowParts, localToIso } from '../format';
import { LEGAL_FRAMEWORK_LABELS, PRINCIPAL_LABELS } from '../labels';
import { paths } from '../router';
import { hasRole, useUser } from '../session';
import { useTitle } from '../useLoad';
import { useSubmit } from '../useSubmit';

const opts = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }));

/** Field id and Dutch name per API field, for the error summary. */
const FIELDS: Record<string, [string, string]> = {
  client: ['em-voornaam', 'Cliënt'],
  'client.id': ['em-client-zoek', 'Cliënt'],
  'client.givenName': ['em-voornaam', 'Voornaam'],
  'client.familyName': ['em-achternaam', 'Achternaam'],
  'client.birthDate': ['em-geboortedatum', 'Geboortedatum'],
  'client.bsn': ['em-bsn', 'BSN'],
  'client.phone': ['em-telefoon', 'Telefoon cliënt'],
  principal: ['em-opdrachtgever', 'Opdrachtgever'],
  legalFramework: ['em-kader', 'Kader'],
  intendedAddress: ['em-adres-straat', 'Beoogd verblijfsadres'],
  'intendedAddress.street': ['em-adres-straat', 'Straat verblijfsadres'],
  'intendedAddress.houseNumber': ['em-adres-huisnummer', 'Huisnummer verblijfsadres'],
  'intendedAddress.postcode': ['em-adres-postcode', 'Postcode verblijfsadres'],
  'intendedAddress.city': ['em-adres-plaats', 'Plaats verblijfsadres'],
  'intendedAddress.location': ['em-adres-locatie', 'Locatie verblijfsadres'],
  addressContact: ['em-contact-naam', 'Contactpersoon'],
  'addressContact.name': ['em-contact-naam', 'Naam contactpersoon'],
  'addressContact.phone': ['em-contact-telefoon', 'Telefoon contactpersoon'],
  offence: ['em-delict', 'Delict'],
  victimAddress: ['em-sl-straat', 'Adres slachtoffer'],
  'victimAddress.street': ['em-sl-straat', 'Straat slachtoffer'],
  'victimAddress.houseNumber': ['em-sl-huisnummer', 'Huisnummer slachtoffer'],
  'victimAddress.postcode': ['em-sl-postcode', 'Postcode slachtoffer'],
  'victimAddress.city': ['em-sl-plaats', 'Plaats slachtoffer'],
  'victimAddress.location': ['em-sl-locatie', 'Locatie adres slachtoffer'],
  urgent: ['em-spoed', 'Spoed'],
  requestedAt: ['em-aanvraag-datum', 'Datum aanvraag'],
};

function Created({
  created,
  intake,
  onAnother,
}: {
  created: EmRequestCreated;
  intake: boolean;
  onAnother: () => void;
}) {
  return (
    <Alert type="ok" title="De EM-aanvraag is geregistreerd">
      <p className="utrecht-paragraph">
        Uiterste datum van het advies: <strong>{formatDate(created.dueDate)}</strong>
        {created.urgent ? ' (spoed)' : ''}.{' '}
        {intake
          ? 'De opdracht staat in de instroom, klaar om te verdelen.'
          : 'De opdracht is verdeeld naar uw organisatie en wacht op toewijzing.'}
      </p>
      <ul className="regie-link-row">
        <li>
          <Link href={paths.order(created.orderId)}>Naar de opdracht</Link>
        </li>
        <li>
          <Link href={paths.emAdvice(created.orderId)}>Naar het EM-advies</Link>
        </li>
        {intake && (
          <li>
            <Link href={paths.intake}>Naar de instroom</Link>
          </li>
        )}
        <li>
          <button
            type="button"
            className="utrecht-link utrecht-link--html-button regie-link-button"
            onClick={onAnother}
          >
            Nog een aanvraag registreren
          </button>
        </li>
      </ul>
    </Alert>
  );
}

/** Loket EM: a request for an EM feasibility advice, by the intake point, advisors and EM staff. */
export function EmRequestPage() {
  useTitle('Loket EM');
  const user = useUser();
  const intake = hasRole(user, 'intake_officer');
  const now = localNowParts();
  const [clientMode, setClientMode] = useState('new');
  const [existing, setExisting] = useState<ClientSummary | null>(null);
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [bsn, setBsn] = useState('');
  const [phone, setPhone] = useState('');
  const [principal, setPrincipal] = useState('');
  const [legalFramework, setLegalFramework] = useState('');
  const [address, setAddress] = useState<AddressDraft>(emptyAddress);
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [offence, setOffence] = useState('');
  const [hasVictim, setHasVictim] = useState(false);
  const [victim, setVictim] = useState<AddressDraft>(emptyAddress);
  const [urgent, setUrgent] = useState(false);
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [created, setCreated] = useState<EmRequestCreated | null>(null);
  const s = useSubmit();
  const fe = s.fieldErrors;

  function build(): EmRequestInput {
    const t = (v: string) => (v.trim() ? v.trim() : undefined);
    const client =
      clientMode === 'existing'
        ? existing
          ? { id: existing.id }
          : undefined
        : Object.fromEntries(
            Object.entries({
              givenName: t(givenName),
              familyName: t(familyName),
              birthDate: t(birthDate),
              bsn: t(bsn.replace(/\s/g, '')),
              phone: t(phone),
            }).filter(([, v]) => v !== undefined),
          );
    return {
      ...(client ? { client } : {}),
      ...(principal ? { principal } : {}),
      ...(legalFramework ? { legalFramework } : {}),
      intendedAddress: addressInput(address),
      addressContact: {
        ...(t(contactName) ? { name: t(contactName) } : {}),
        ...(t(contactPhone) ? { phone: t(contactPhone) } : {}),
      },
      ...(t(offence) ? { offence: t(offence) } : {}),
      ...(hasVictim ? { victimAddress: addressInput(victim) } : {}),
      urgent,
      ...(localToIso(date, time) ? { requestedAt: localToIso(date, time) } : {}),
    };
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await s.run(() => api.emRequest(build()));
    if (r) {
      setCreated(r);
      window.scrollTo(0, 0);
    }
  }

  const summary = Object.entries(fe).map(([name, message]) => {
    const [fieldId, label] = FIELDS[name] ??
      FIELDS[name.split('.').slice(0, 2).join('.')] ?? ['em-voornaam', name];
    const picker = clientMode === 'existing' && name.startsWith('client');
    return { fieldId: picker ? 'em-client-zoek' : fieldId, message: `${label}: ${message}` };
  });
  const clientError = fe.client ?? fe['client.id'];

  if (created) {
    return (
      <>
        <Heading level={1}>Loket EM</Heading>
        <Created created={created} intake={intake} onAnother={() => location.reload()} />
      </>
    );
  }

  return (
    <>
      <Heading level={1}>Loket EM</Heading>
      <Paragraph lead>
        Vraag een deeladvies elektronische monitoring (EM) aan. Het advies is binnen 10 werkdagen klaar.
      </Paragraph>
      <FormStatus
        saved={null}
        error={summary.length ? null : s.error}
        errorTitle="De aanvraag is niet geregistreerd"
      />
      <ErrorSummary
        title={`De aanvraag is niet compleet (${summary.length} ${summary.length === 1 ? 'punt' : 'punten'})`}
        items={summary}
      />
      <form onSubmit={submit} noValidate className="regie-form regie-request-form">
        <section className="regie-card" aria-labelledby="aanvraag-client-kop">
          <Heading level={2} id="aanvraag-client-kop">
            Cliënt
          </Heading>
          <RadioGroupField
            id="client-soort"
            legend="Gaat het om een nieuwe of een bekende cliënt?"
            value={clientMode}
            onChange={setClientMode}
            options={[
              { value: 'new', label: 'Nieuwe cliënt' },
              { value: 'existing', label: 'Bestaande cliënt zoeken' },
            ]}
          />
          {clientMode === 'existing' ? (
            <ClientPicker id="em-client-zoek" value={existing} onChange={setExisting} error={clientError} />
          ) : (
            <>
              <div className="regie-form-row">
                <TextField
                  id="em-voornaam"
                  label="Voornaam"
                  value={givenName}
                  onChange={setGivenName}
                  error={fe['client.givenName'] ?? fe.client}
                  required
                />
                <TextField
                  id="em-achternaam"
                  label="Achternaam"
                  value={familyName}
                  onChange={setFamilyName}
                  error={fe['client.familyName']}
                  required
                />
              </div>
              <div className="regie-form-row">
                <TextField
                  id="em-geboortedatum"
                  label="Geboortedatum"
                  type="date"
                  value={birthDate}
                  onChange={setBirthDate}
                  error={fe['client.birthDate']}
                  required
                />
                <TextField
                  id="em-bsn"
                  label="BSN (als bekend)"
                  value={bsn}
                  onChange={setBsn}
                  error={fe['client.bsn']}
                />
                <TextField
                  id="em-telefoon"
                  label="Telefoon cliënt"
                  type="tel"
                  value={phone}
                  onChange={setPhone}
                  error={fe['client.phone']}
                />
              </div>
            </>
          )}
        </section>

        <section className="regie-card" aria-labelledby="aanvraag-opdracht-kop">
          <Heading level={2} id="aanvraag-opdracht-kop">
            Opdracht
          </Heading>
          <div className="regie-form-row">
            <SelectField
              id="em-opdrachtgever"
              label="Opdrachtgever"
              value={principal}
              onChange={setPrincipal}
              options={opts(PRINCIPAL_LABELS)}
              placeholder="Kies de opdrachtgever"
              error={fe.principal}
              required
            />
            <SelectField
              id="em-kader"
              label="Kader"
              value={legalFramework}
              onChange={setLegalFramework}
              options={opts(LEGAL_FRAMEWORK_LABELS)}
              placeholder="Kies het kader"
              error={fe.legalFramework}
              required
            />
          </div>
          <TextareaField
            id="em-delict"
            label="Delict"
            description="Bijvoorbeeld: belaging (art. 285b Sr)"
            value={offence}
            onChange={setOffence}
            rows={2}
            error={fe.offence}
            required
          />
          <div className="regie-form-row">
            <TextField
              id="em-aanvraag-datum"
              label="Datum aanvraag"
              type="date"
              value={date}
              onChange={setDate}
              error={fe.requestedAt}
              required
            />
            <TextField
              id="em-aanvraag-tijd"
              label="Tijd aanvraag"
              type="time"
              value={time}
              onChange={setTime}
            />
          </div>
          <CheckboxField
            id="em-spoed"
            label="Spoed"
            description="Met spoed: de aanvraag gaat in de instroom voor."
            checked={urgent}
            onChange={setUrgent}
            error={fe.urgent}
          />
        </section>

        <section className="regie-card" aria-labelledby="aanvraag-adres-kop">
          <Heading level={2} id="aanvraag-adres-kop">
            Beoogd verblijfsadres
          </Heading>
          <AddressFields
            idPrefix="em-adres"
            prefix="intendedAddress"
            value={address}
            onChange={setAddress}
            errors={fe}
            mapLabel="Verblijfsadres"
            kind="home"
          />
          <Heading level={3}>Contactpersoon op het adres (bijvoorbeeld de hoofdbewoner)</Heading>
          <div className="regie-form-row">
            <TextField
              id="em-contact-naam"
              label="Naam contactpersoon"
              value={contactName}
              onChange={setContactName}
              error={fe['addressContact.name'] ?? fe.addressContact}
              required
            />
            <TextField
              id="em-contact-telefoon"
              label="Telefoon contactpersoon"
              type="tel"
              value={contactPhone}
              onChange={setContactPhone}
              error={fe['addressContact.phone']}
              required
            />
          </div>
        </section>

        <section className="regie-card" aria-labelledby="aanvraag-slachtoffer-kop">
          <Heading level={2} id="aanvraag-slachtoffer-kop">
            Slachtoffer
          </Heading>
          <CheckboxField
            id="em-slachtoffer"
            label="Er is een adres van een slachtoffer bekend"
            description="Nodig voor een locatieverbod met politieopvolging (5 km-regel)."
            checked={hasVictim}
            onChange={setHasVictim}
          />
          {hasVictim && (
            <AddressFields
              idPrefix="em-sl"
              prefix="victimAddress"
              value={victim}
              onChange={setVictim}
              errors={fe}
              mapLabel="Adres slachtoffer"
              kind="victim"
            />
          )}
        </section>
        <div className="utrecht-button-group regie-actions">
          <Button type="submit" appearance="primary-action-button" busy={s.busy}>
            Aanvraag indienen
          </Button>
        </div>
      </form>
    </>
  );
}
