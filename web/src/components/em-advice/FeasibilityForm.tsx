import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/endpoints';
import type {
  AspectValue,
  EmAdvice,
  Feasibility,
  FeasibilityAspects,
  FeasibilityGroup,
  HomeVisit,
} from '../../api/types';
import { HOME_VISIT_COMPANY_LABELS, HOME_VISIT_MODE_LABELS } from '../../labels';
import { useSubmit } from '../../useSubmit';
import { RadioGroupField, TextField, TextareaField } from '../Fields';
import { FormStatus } from '../FormStatus';
import { Heading } from '../Heading';

type Answers = Record<FeasibilityGroup, Record<string, { value: AspectValue | ''; note: string }>>;

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

function initial(aspects: FeasibilityAspects, f: Feasibility | null): Answers {
  const out: Answers = { client: {}, dwelling: {}, surroundings: {} };
  for (const a of aspects.items) {
    const given = f?.[a.group]?.[a.code];
    out[a.group][a.code] = { value: given?.value ?? '', note: given?.note ?? '' };
  }
  return out;
}

/**
 * The feasibility investigation, aspect by aspect (the checklist from the API), and the home visit; both
 * saved together (PUT feasibility replaces them).
 */
export function FeasibilityForm({
  advice,
  aspects,
  readOnly,
  onSaved,
}: {
  advice: EmAdvice;
  aspects: FeasibilityAspects;
  readOnly: boolean;
  onSaved: (a: EmAdvice) => void;
}) {
  const [answers, setAnswers] = useState<Answers>(() => initial(aspects, advice.feasibility));
  const hv = advice.homeVisit;
  const [visitDate, setVisitDate] = useState(hv?.date ?? '');
  const [mode, setMode] = useState<string>(hv?.mode ?? '');
  const [company, setCompany] = useState<string>(hv?.company ?? '');
  const [safetyNote, setSafetyNote] = useState(hv?.safetyNote ?? '');
  const s = useSubmit();
  const valueOptions = aspects.values.map((v) => ({ value: v.code, label: v.label }));

  const set = (
    g: FeasibilityGroup,
    code: string,
    patch: Partial<{ value: AspectValue | ''; note: string }>,
  ) => setAnswers((a) => ({ ...a, [g]: { ...a[g], [code]: { ...a[g][code]!, ...patch } } }));

  async function save(e: FormEvent) {
    e.preventDefault();
    const body: Partial<Feasibility> & { homeVisit?: HomeVisit } = {};
    for (const g of aspects.groups) {
      const group: Feasibility[FeasibilityGroup] = {};
      for (const [code, a] of Object.entries(answers[g.code])) {
        if (a.value) group[code] = { value: a.value, ...(a.note.trim() ? { note: a.note.trim() } : {}) };
      }
      body[g.code] = group;
    }
    const anyVisit = visitDate || mode || company || safetyNote.trim();
    if (anyVisit) {
      body.homeVisit = {
        date: visitDate,
        mode: mode as HomeVisit['mode'],
        company: company as HomeVisit['company'],
        ...(safetyNote.trim() ? { safetyNote: safetyNote.trim() } : {}),
      };
    }
    const saved = await s.run(
      () => api.saveFeasibility(advice.id, body),
      'Het haalbaarheidsonderzoek en het huisbezoek zijn opgeslagen.',
    );
    if (saved) onSaved(saved);
  }

  const fe = s.fieldErrors;
  return (
    <form onSubmit={save} noValidate className="regie-form">
      <fieldset disabled={readOnly} className="regie-plain-fieldset">
        <FormStatus
          saved={s.saved}
          error={s.error}
          errorTitle="Het haalbaarheidsonderzoek is niet opgeslagen"
        />
        {aspects.groups.map((g) => (
          <div key={g.code} className="regie-aspect-group">
            <Heading level={3}>{g.label}</Heading>
            <ul className="regie-aspects">
              {aspects.items
                .filter((a) => a.group === g.code)
                .map((a) => {
                  const ans = answers[g.code][a.code]!;
                  return (
                    <li key={a.code} className="regie-aspect">
                      <RadioGroupField
                        id={`aspect-${g.code}-${a.code}`}
                        legend={a.label}
                        value={ans.value}
                        onChange={(v) => set(g.code, a.code, { value: v as AspectValue })}
                        options={valueOptions}
                        error={fe[`${g.code}.${a.code}`] ?? fe[`${g.code}.${a.code}.value`]}
                        className="regie-aspect__choice"
                      />
                      <TextField
                        id={`aspect-${g.code}-${a.code}-toelichting`}
                        label={<span className="regie-aspect__note-label">Toelichting</span>}
                        value={ans.note}
                        onChange={(note) => set(g.code, a.code, { note })}
                        className="regie-aspect__note"
                      />
                    </li>
                  );
                })}
            </ul>
          </div>
        ))}
        <div className="regie-aspect-group">
          <Heading level={3}>Huisbezoek</Heading>
          <div className="regie-form-row">
            <TextField
              id="huisbezoek-datum"
              label="Datum huisbezoek"
              type="date"
              value={visitDate}
              onChange={setVisitDate}
              error={fe['homeVisit.date'] ?? fe.homeVisit}
              required
            />
            <RadioGroupField
              id="huisbezoek-vorm"
              legend="Vorm"
              value={mode}
              onChange={setMode}
              options={options(HOME_VISIT_MODE_LABELS)}
              error={fe['homeVisit.mode']}
              required
            />
            <RadioGroupField
              id="huisbezoek-bezetting"
              legend="Bezetting"
              value={company}
              onChange={setCompany}
              options={options(HOME_VISIT_COMPANY_LABELS)}
              error={fe['homeVisit.company']}
              required
            />
          </div>
          <TextareaField
            id="huisbezoek-veiligheid"
            label="Veiligheid"
            description="Bijzonderheden over de veiligheid van medewerkers op het adres."
            value={safetyNote}
            onChange={setSafetyNote}
            rows={2}
            error={fe['homeVisit.safetyNote']}
          />
        </div>
        <div className="utrecht-button-group regie-actions regie-actions--save">
          <Button type="submit" appearance="primary-action-button" busy={s.busy}>
            Haalbaarheid en huisbezoek opslaan
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
