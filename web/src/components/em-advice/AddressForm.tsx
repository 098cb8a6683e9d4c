import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/endpoints';
import type { AdviceAddress, AdviceAddressInput, EmAdvice } from '../../api/types';
import { useSubmit } from '../../useSubmit';
import { addressInput, AddressFields, emptyAddress, type AddressDraft } from '../AddressFields';
import { Alert } from '../Alert';
import { FormStatus } from '../FormStatus';
import { Heading } from '../Heading';

const TEXT = {
  intended: {
    title: 'Verblijfsadres wijzigen',
    mapLabel: 'Verblijfsadres',
    save: 'Verblijfsadres opslaan',
    saved: 'Het verblijfsadres is opgeslagen.',
    failed: 'Het verblijfsadres is niet opgeslagen',
    missing:
      'Locatie van het verblijfsadres ontbreekt: zones kunnen pas worden vastgelegd als die bekend is.',
    idPrefix: 'aanvraag-adres',
    kind: 'home',
  },
  victim: {
    title: 'Adres slachtoffer wijzigen',
    mapLabel: 'Adres slachtoffer',
    save: 'Adres slachtoffer opslaan',
    saved: 'Het adres van het slachtoffer is opgeslagen.',
    failed: 'Het adres van het slachtoffer is niet opgeslagen',
    missing:
      'Locatie van het adres van het slachtoffer ontbreekt: politieopvolging kan pas worden vastgelegd als die bekend is.',
    idPrefix: 'aanvraag-slachtoffer',
    kind: 'victim',
  },
} as const;

const draftOf = (a: AdviceAddress | null): AddressDraft =>
  a
    ? {
        street: a.street,
        houseNumber: a.houseNumber,
        postcode: a.postcode,
        city: a.city,
        location: a.location,
      }
    : emptyAddress();

/**
 * Completes or corrects the intended home (or the victim's) address with its location on the map. Shown open,
 * with a warning, while the location is missing; otherwise behind a button.
 */
export function AddressForm({
  advice,
  which,
  readOnly,
  onSaved,
}: {
  advice: EmAdvice;
  which: 'intended' | 'victim';
  readOnly: boolean;
  onSaved: (a: EmAdvice) => void;
}) {
  const text = TEXT[which];
  const current = which === 'intended' ? advice.intendedAddress : advice.victimAddress;
  const locationMissing = Boolean(current) && !current?.location;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<AddressDraft>(() => draftOf(current));
  const s = useSubmit();

  async function save(e: FormEvent) {
    e.preventDefault();
    const body = addressInput(draft) as unknown as AdviceAddressInput;
    const saved = await s.run(
      () => (which === 'intended' ? api.saveIntendedAddress : api.saveVictimAddress)(advice.id, body),
      text.saved,
    );
    if (saved) {
      setOpen(false);
      onSaved(saved);
    }
  }

  const warning = locationMissing && (
    <Alert type="warning">
      <p className="utrecht-paragraph">{text.missing}</p>
    </Alert>
  );
  if (readOnly) return warning || null;
  if (!open && !locationMissing) {
    return (
      <div className="regie-actions regie-address-form">
        {s.saved && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{s.saved}</p>
          </Alert>
        )}
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            s.reset();
            setDraft(draftOf(current));
            setOpen(true);
          }}
        >
          {which === 'victim' && !current ? 'Adres slachtoffer toevoegen' : text.title}
        </Button>
      </div>
    );
  }

  // The API names the fields plainly (`postcode`, `location`); AddressFields reads them under a prefix.
  const errors = Object.fromEntries(Object.entries(s.fieldErrors).map(([k, v]) => [`adres.${k}`, v]));
  return (
    <form
      onSubmit={save}
      noValidate
      className="regie-form regie-address-form"
      aria-labelledby={`${text.idPrefix}-kop`}
    >
      <Heading level={3} id={`${text.idPrefix}-kop`}>
        {text.title}
      </Heading>
      {warning}
      <FormStatus saved={s.saved} error={s.error} errorTitle={text.failed} />
      <AddressFields
        idPrefix={text.idPrefix}
        prefix="adres"
        value={draft}
        onChange={setDraft}
        errors={errors}
        mapLabel={text.mapLabel}
        kind={text.kind}
      />
      <div className="utrecht-button-group regie-actions regie-actions--save">
        <Button type="submit" appearance="primary-action-button" busy={s.busy}>
          {text.save}
        </Button>
        {!locationMissing && (
          <Button appearance="secondary-action-button" onClick={() => setOpen(false)}>
            Annuleren
          </Button>
        )}
      </div>
    </form>
  );
}
