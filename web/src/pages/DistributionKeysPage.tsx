import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints';
import { messageOf } from '../api/problem';
import type { DistributionKey, ProbationOrganisation, Shares } from '../api/types';
import { ErrorAlert, Loading } from '../components/Alert';
import { SelectField, TextField, TextareaField } from '../components/Fields';
import { FormStatus } from '../components/FormStatus';
import { Heading, Paragraph } from '../components/Heading';
import { SimpleTable } from '../components/Table';
import { formatDateTime } from '../format';
import { PROBATION_ORGANISATIONS } from '../labels';
import { hasRole, useUser } from '../session';
import { useLoad, useTitle } from '../useLoad';
import { useSubmit } from '../useSubmit';

const ORGS = Object.keys(PROBATION_ORGANISATIONS) as ProbationOrganisation[];
const SHORT: Record<ProbationOrganisation, string> = { RN: 'RN', SVG: 'SVG', LJR: 'LJ&R' };
const sharesText = (s: Shares) => ORGS.map((o) => `${SHORT[o]} ${s[o]}%`).join(' / ');

function KeyForm({
  current,
  onSaved,
  onCancel,
}: {
  current: DistributionKey;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Record<ProbationOrganisation, string>>({
    RN: String(current.shares.RN),
    SVG: String(current.shares.SVG),
    LJR: String(current.shares.LJR),
  });
  const [reason, setReason] = useState('');
  const s = useSubmit();
  const total = ORGS.reduce((n, o) => n + (Number(values[o]) || 0), 0);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const shares = Object.fromEntries(ORGS.map((o) => [o, Number(values[o])])) as Shares;
    const r = await s.run(() => api.setDistributionKey(current.region, { shares, reason: reason.trim() }));
    if (r) onSaved();
  }
  const sharesError = s.fieldErrors.shares ?? ORGS.map((o) => s.fieldErrors[`shares.${o}`]).find(Boolean);
  return (
    <form
      onSubmit={submit}
      noValidate
      className="regie-form regie-card"
      aria-labelledby="sleutel-wijzigen-kop"
    >
      <Heading level={3} id="sleutel-wijzigen-kop">
        Verdeelsleutel {current.regionName} wijzigen
      </Heading>
      <FormStatus saved={null} error={s.error} errorTitle="De verdeelsleutel is niet opgeslagen" />
      <fieldset className="regie-plain-fieldset" aria-describedby="aandelen-som">
        <div className="regie-form-row regie-shares">
          {ORGS.map((o) => (
            <TextField
              key={o}
              id={`aandeel-${o}`}
              label={`${PROBATION_ORGANISATIONS[o]} (%)`}
              type="number"
              value={values[o]}
              onChange={(v) => setValues({ ...values, [o]: v })}
              error={s.fieldErrors[`shares.${o}`] ? 'Geef een heel getal van 0 tot en met 100.' : undefined}
              required
            />
          ))}
        </div>
        <p
          id="aandelen-som"
          className={`utrecht-paragraph regie-sum${total === 100 ? '' : ' regie-sum--off'}`}
          aria-live="polite"
        >
          Samen {total}%{total === 100 ? '' : ' — dat moet precies 100% zijn'}
        </p>
        {s.fieldErrors.shares && (
          <p className="utrecht-form-field-error-message" id="aandelen-error">
            {sharesError}
          </p>
        )}
      </fieldset>
      <TextareaField
        id="sleutel-reden"
        label="Reden van de wijziging"
        description="Minstens 5 tekens. Wordt bewaard in de geschiedenis."
        value={reason}
        onChange={setReason}
        rows={2}
        error={s.fieldErrors.reason && 'Geef een reden op van minstens 5 tekens.'}
        required
      />
      <div className="utrecht-button-group regie-actions">
        <Button type="submit" appearance="primary-action-button" busy={s.busy}>
          Nieuwe sleutel opslaan
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}

function History({ region, keys, version }: { region: string; keys: DistributionKey[]; version: number }) {
  const [load] = useLoad(() => api.distributionKeyHistory(region), [region, version]);
  const name = keys.find((k) => k.region === region)?.regionName ?? region;
  if (load.state === 'loading') return <Loading what="de geschiedenis" />;
  if (load.state === 'error') return <ErrorAlert error={messageOf(load.error)} />;
  return (
    <SimpleTable
      caption={`Alle sleutels van regio ${name}, nieuwste eerst`}
      headers={['Geldig vanaf', 'Verdeling', 'Ingesteld door', 'Reden']}
      rows={load.data.items.map((k) => ({
        key: k.validFrom,
        cells: [
          formatDateTime(k.validFrom),
          sharesText(k.shares),
          k.setBy?.displayName ?? 'bij inrichting',
          k.reason,
        ],
      }))}
    />
  );
}

/** Verdeelsleutels: the current key per intake region, the administrator's edit form, and the history. */
export function DistributionKeysPage() {
  useTitle('Verdeelsleutels');
  const user = useUser();
  // Only the 3RO functional administrator (of the intake point) sets keys; others read.
  const canEdit = hasRole(user, 'administrator') && user.organisation.code === 'LIP';
  const [keys, reload] = useLoad(() => api.distributionKeys(), []);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [historyRegion, setHistoryRegion] = useState('');
  const [version, setVersion] = useState(0);

  return (
    <>
      <Heading level={1}>Verdeelsleutels</Heading>
      <Paragraph lead>
        Per instroomregio het aandeel van RN, SVG en LJ&amp;R in de opdrachten die geen inhoudelijke regel
        vangt.
      </Paragraph>
      {keys.state === 'loading' && <Loading what="de verdeelsleutels" />}
      {keys.state === 'error' && <ErrorAlert error={messageOf(keys.error)} />}
      {keys.state === 'done' && (
        <>
          <section aria-labelledby="huidig-kop" className="regie-section">
            <Heading level={2} id="huidig-kop">
              Huidige sleutels
            </Heading>
            <FormStatus saved={saved} error={null} />
            <SimpleTable
              caption="Geldende verdeelsleutel per instroomregio"
              className="regie-keys-table"
              rowHeader
              headers={[
                'Regio',
                'RN',
                'SVG',
                'LJ&R',
                'Geldig vanaf',
                'Ingesteld door',
                'Reden',
                ...(canEdit ? [<span className="regie-visually-hidden">Actie</span>] : []),
              ]}
              rows={keys.data.items.map((k) => ({
                key: k.region,
                cells: [
                  k.regionName,
                  `${k.shares.RN}%`,
                  `${k.shares.SVG}%`,
                  `${k.shares.LJR}%`,
                  formatDateTime(k.validFrom),
                  k.setBy?.displayName ?? 'bij inrichting',
                  k.reason,
                  ...(canEdit
                    ? [
                        <Button
                          appearance="secondary-action-button"
                          onClick={() => {
                            setSaved(null);
                            setEditing(k.region);
                          }}
                        >
                          Wijzigen<span className="regie-visually-hidden"> {k.regionName}</span>
                        </Button>,
                      ]
                    : []),
                ],
              }))}
            />
            {editing && keys.data.items.find((k) => k.region === editing) && (
              <KeyForm
                key={editing}
                current={keys.data.items.find((k) => k.region === editing)!}
                onCancel={() => setEditing(null)}
                onSaved={() => {
                  const k = keys.data.items.find((x) => x.region === editing)!;
                  setSaved(`De nieuwe verdeelsleutel voor ${k.regionName} geldt vanaf nu.`);
                  setEditing(null);
                  setHistoryRegion(k.region);
                  setVersion((v) => v + 1);
                  reload();
                }}
              />
            )}
          </section>
          <section aria-labelledby="geschiedenis-kop" className="regie-section">
            <Heading level={2} id="geschiedenis-kop">
              Geschiedenis
            </Heading>
            <div className="regie-inline-form regie-form">
              <SelectField
                id="geschiedenis-regio"
                label="Regio"
                value={historyRegion || keys.data.items[0]?.region || ''}
                onChange={setHistoryRegion}
                options={keys.data.items.map((k) => ({ value: k.region, label: k.regionName }))}
              />
            </div>
            {(historyRegion || keys.data.items[0]) && (
              <History
                region={historyRegion || keys.data.items[0]!.region}
                keys={keys.data.items}
                version={version}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
