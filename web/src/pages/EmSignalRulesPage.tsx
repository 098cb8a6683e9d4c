import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints';
import { ApiError, messageOf } from '../api/problem';
import type { EmSignalRule, EmSignalRuleChange, EmSignalRuleInput, FieldError } from '../api/types';
import { ErrorAlert, Loading } from '../components/Alert';
import { CheckboxField, SelectField, TextareaField } from '../components/Fields';
import { FormStatus } from '../components/FormStatus';
import { Heading, Paragraph } from '../components/Heading';
import { StatusBadge } from '../components/StatusBadge';
import { SimpleTable } from '../components/Table';
import { formatDateTime } from '../format';
import { CASE_PROFILE_LABELS, emSignalLabel } from '../labels';
import { hasRole, useUser } from '../session';
import { useLoad, useTitle } from '../useLoad';
import { useSubmit } from '../useSubmit';

const KIND_LABELS: Record<EmSignalRule['kind'], string> = {
  OFFENCE: 'Delict',
  CASE_PROFILE: 'Zaakprofiel',
};

/** One entry per line, trimmed, without empty lines. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const listText = (items: string[] | undefined) => (items?.length ? items.join(', ') : '—');

/** What the rule looks at, in Dutch: keywords, risk flags and the case-profile field. */
function RuleGrounds({ rule }: { rule: EmSignalRule }) {
  const p = rule.parameters;
  return (
    <ul className="regie-rule-grounds">
      {p.profileField && (
        <li>
          <strong>Zaakprofiel:</strong> {CASE_PROFILE_LABELS[p.profileField]}
        </li>
      )}
      {(p.keywords?.length ?? 0) > 0 && (
        <li>
          <strong>Trefwoorden in het delict:</strong> {listText(p.keywords)}
        </li>
      )}
      {(p.flags?.length ?? 0) > 0 && (
        <li>
          <strong>Risicosignalen:</strong> {listText(p.flags)}
        </li>
      )}
    </ul>
  );
}

/** Dutch messages for the API's field errors; list entries are quoted from what was sent. */
function messagesOf(
  errors: FieldError[],
  sent: { keywords: string[]; flags: string[] },
): Record<'descriptionNl' | 'keywords' | 'flags' | 'reason', string[]> {
  const out = {
    descriptionNl: [] as string[],
    keywords: [] as string[],
    flags: [] as string[],
    reason: [] as string[],
  };
  for (const e of errors) {
    const m = /^parameters\.(keywords|flags)(?:\.(\d+))?$/.exec(e.name);
    if (m) {
      const list = m[1] as 'keywords' | 'flags';
      const value = m[2] !== undefined ? sent[list][Number(m[2])] : undefined;
      const what = list === 'keywords' ? 'trefwoord' : 'risicosignaal';
      if (value === undefined) {
        out[list].push(
          e.code === 'required'
            ? 'Geef minstens één trefwoord op: een delictregel werkt met trefwoorden.'
            : e.code === 'maxItems'
              ? 'Geef hooguit 100 regels op.'
              : `Controleer de ${what}en.`,
        );
      } else if (e.code === 'duplicate') {
        out[list].push(`“${value}” staat er meer dan eens in.`);
      } else if (list === 'flags') {
        out[list].push(`“${value}” is geen risicosignaal: gebruik hoofdletters en _, zoals STALKING.`);
      } else {
        out[list].push(`“${value.slice(0, 40)}…” is langer dan 100 tekens.`);
      }
    } else if (e.name === 'descriptionNl') {
      out.descriptionNl.push('Geef een omschrijving van 10 tot 300 tekens.');
    } else if (e.name === 'reason') {
      out.reason.push('Geef een reden op van minstens 5 tekens.');
    }
  }
  return out;
}

function RuleForm({
  rule,
  onSaved,
  onCancel,
}: {
  rule: EmSignalRule;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [description, setDescription] = useState(rule.descriptionNl);
  const [keywords, setKeywords] = useState((rule.parameters.keywords ?? []).join('\n'));
  const [flags, setFlags] = useState((rule.parameters.flags ?? []).join('\n'));
  const [active, setActive] = useState(rule.active);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState({ keywords: [] as string[], flags: [] as string[] });
  const s = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parameters = {
      ...(rule.parameters.profileField ? { profileField: rule.parameters.profileField } : {}),
      keywords: lines(keywords),
      flags: lines(flags),
    };
    const input: EmSignalRuleInput = {
      descriptionNl: description.trim(),
      parameters,
      active,
      reason: reason.trim(),
    };
    setSent({ keywords: parameters.keywords, flags: parameters.flags });
    setErrors([]);
    const r = await s.run(async () => {
      try {
        return await api.setEmSignalRule(rule.id, input);
      } catch (err) {
        if (err instanceof ApiError) setErrors(err.problem?.errors ?? []);
        throw err;
      }
    });
    if (r) onSaved();
  }
  const unchanged = errors.some((x) => x.code === 'unchanged');
  const m = messagesOf(errors, sent);
  const join = (xs: string[]) => (xs.length ? xs.join(' ') : undefined);
  const label = emSignalLabel(rule.id);
  return (
    <form onSubmit={submit} noValidate className="regie-form regie-card" aria-labelledby="regel-wijzigen-kop">
      <Heading level={3} id="regel-wijzigen-kop">
        Regel {label} wijzigen
      </Heading>
      <FormStatus
        saved={null}
        error={unchanged ? 'U heeft niets gewijzigd. Pas de regel aan of kies Annuleren.' : s.error}
        errorTitle="De regel is niet opgeslagen"
      />
      <TextareaField
        id="regel-omschrijving"
        label="Omschrijving"
        description="Opent de uitleg bij elk signaal van deze regel. 10 tot 300 tekens."
        value={description}
        onChange={setDescription}
        rows={2}
        error={join(m.descriptionNl)}
        required
      />
      {rule.parameters.profileField && (
        <p className="utrecht-paragraph">
          <strong>Zaakprofiel:</strong> {CASE_PROFILE_LABELS[rule.parameters.profileField]} (vast voor deze
          regel).
        </p>
      )}
      <div className="regie-form-row regie-rule-lists">
        <TextareaField
          id="regel-trefwoorden"
          label="Trefwoorden in het delict"
          description="Eén trefwoord per regel. Hoofdletters en accenten tellen niet mee."
          value={keywords}
          onChange={setKeywords}
          rows={7}
          error={join(m.keywords)}
          required={rule.kind === 'OFFENCE'}
        />
        <TextareaField
          id="regel-risicosignalen"
          label="Risicosignalen van de cliënt"
          description="Eén code per regel, in hoofdletters, zoals STALKING."
          value={flags}
          onChange={setFlags}
          rows={7}
          error={join(m.flags)}
        />
      </div>
      <CheckboxField
        id="regel-actief"
        label="Regel is actief"
        description="Een regel die uit staat geeft geen signalen meer, ook niet bij lopende adviesopdrachten."
        checked={active}
        onChange={setActive}
      />
      <TextareaField
        id="regel-reden"
        label="Reden van de wijziging"
        description="Minstens 5 tekens. Wordt bewaard in de geschiedenis."
        value={reason}
        onChange={setReason}
        rows={2}
        error={join(m.reason)}
        required
      />
      <div className="utrecht-button-group regie-actions">
        <Button type="submit" appearance="primary-action-button" busy={s.busy}>
          Wijziging opslaan
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}

/** What one change did, in Dutch. */
function changeText(c: EmSignalRuleChange): string {
  const parts: string[] = [];
  if (c.before.active !== c.after.active) parts.push(c.after.active ? 'Aangezet' : 'Uitgezet');
  if (c.before.descriptionNl !== c.after.descriptionNl) parts.push('Omschrijving gewijzigd');
  for (const [key, name] of [
    ['keywords', 'trefwoorden'],
    ['flags', 'risicosignalen'],
  ] as const) {
    const was = c.before.parameters[key] ?? [];
    const is = c.after.parameters[key] ?? [];
    const added = is.filter((x) => !was.includes(x));
    const removed = was.filter((x) => !is.includes(x));
    if (added.length) parts.push(`${name} toegevoegd: ${added.join(', ')}`);
    if (removed.length) parts.push(`${name} verwijderd: ${removed.join(', ')}`);
  }
  const text = parts.join('; ') || 'Geen inhoudelijke wijziging';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function History({ rule, version }: { rule: EmSignalRule; version: number }) {
  const [load] = useLoad(() => api.emSignalRuleHistory(rule.id), [rule.id, version]);
  if (load.state === 'loading') return <Loading what="de geschiedenis" />;
  if (load.state === 'error') return <ErrorAlert error={messageOf(load.error)} />;
  if (load.data.items.length === 0) {
    return (
      <Paragraph>
        De regel {emSignalLabel(rule.id)} is nog niet gewijzigd sinds de inrichting van Regie.
      </Paragraph>
    );
  }
  return (
    <SimpleTable
      caption={`Alle wijzigingen van de regel ${emSignalLabel(rule.id)}, nieuwste eerst`}
      headers={['Gewijzigd op', 'Door', 'Wijziging', 'Reden']}
      rows={load.data.items.map((c) => ({
        key: String(c.id),
        cells: [formatDateTime(c.changedAt), c.changedBy.displayName, changeText(c), c.reason],
      }))}
    />
  );
}

/** EM-signaalregels: the rules that prompt an advisor to consider EM, the administrator's form, the history. */
export function EmSignalRulesPage() {
  useTitle('EM-signaalregels');
  const user = useUser();
  // Only the 3RO functional administrator (of the intake point) changes rules; others read.
  const canEdit = hasRole(user, 'administrator') && user.organisation.code === 'LIP';
  const [rules, reload] = useLoad(() => api.emSignalRules(), []);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [historyRule, setHistoryRule] = useState('');
  const [version, setVersion] = useState(0);

  return (
    <>
      <Heading level={1}>EM-signaalregels</Heading>
      <Paragraph lead>
        Deze regels vragen de adviseur van een regulier adviesrapport om elektronische monitoring (EM) te
        overwegen. Een wijziging geldt direct voor de signalen van alle adviesopdrachten.
      </Paragraph>
      {rules.state === 'loading' && <Loading what="de EM-signaalregels" />}
      {rules.state === 'error' && <ErrorAlert error={messageOf(rules.error)} />}
      {rules.state === 'done' && (
        <>
          <section aria-labelledby="regels-kop" className="regie-section">
            <Heading level={2} id="regels-kop">
              Huidige regels
            </Heading>
            <FormStatus saved={saved} error={null} />
            <SimpleTable
              caption="De regels in de volgorde waarin ze worden toegepast"
              className="regie-rules-table"
              rowHeader
              headers={[
                'Regel',
                'Omschrijving',
                'Waarop de regel let',
                'Status',
                'Laatst gewijzigd',
                ...(canEdit ? [<span className="regie-visually-hidden">Actie</span>] : []),
              ]}
              rows={rules.data.items.map((r) => ({
                key: r.id,
                cells: [
                  <>
                    {emSignalLabel(r.id)}
                    <span className="regie-muted regie-rule-kind">{KIND_LABELS[r.kind]}</span>
                  </>,
                  r.descriptionNl,
                  <RuleGrounds rule={r} />,
                  r.active ? (
                    <StatusBadge status="safe">Actief</StatusBadge>
                  ) : (
                    <StatusBadge status="inactive">Uit</StatusBadge>
                  ),
                  <>
                    {formatDateTime(r.updatedAt)}
                    <span className="regie-muted regie-rule-kind">
                      {r.updatedBy?.displayName ?? 'bij inrichting'}
                    </span>
                  </>,
                  ...(canEdit
                    ? [
                        <Button
                          appearance="secondary-action-button"
                          onClick={() => {
                            setSaved(null);
                            setEditing(r.id);
                          }}
                        >
                          Wijzigen<span className="regie-visually-hidden"> {emSignalLabel(r.id)}</span>
                        </Button>,
                      ]
                    : []),
                ],
              }))}
            />
            {canEdit && editing && rules.data.items.find((r) => r.id === editing) && (
              <RuleForm
                key={editing}
                rule={rules.data.items.find((r) => r.id === editing)!}
                onCancel={() => setEditing(null)}
                onSaved={() => {
                  setSaved(`De regel ${emSignalLabel(editing)} is gewijzigd en geldt vanaf nu.`);
                  setHistoryRule(editing);
                  setEditing(null);
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
                id="geschiedenis-regel"
                label="Regel"
                value={historyRule || rules.data.items[0]?.id || ''}
                onChange={setHistoryRule}
                options={rules.data.items.map((r) => ({ value: r.id, label: emSignalLabel(r.id) }))}
              />
            </div>
            {rules.data.items.length > 0 && (
              <History
                rule={rules.data.items.find((r) => r.id === historyRule) ?? rules.data.items[0]!}
                version={version}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
