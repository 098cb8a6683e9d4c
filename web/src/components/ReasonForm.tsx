import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { Alert } from './Alert';
import { Heading } from './Heading';
import { TextareaField } from './Fields';

/**
 * Shown when the API says this user (an inspector) must state why they look. The reason goes with every
 * request for this client and lands in the audit log that the client can read.
 */
export function ReasonForm({ what, onSubmit }: { what: string; onSubmit: (reason: string) => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = reason.trim();
    if (!r) {
      setError('Geef een reden van inzage op.');
      return;
    }
    if (r.length > 500) {
      setError('De reden is te lang (hoogstens 500 tekens).');
      return;
    }
    onSubmit(r);
  };
  return (
    <section aria-labelledby="reden-kop" className="regie-card regie-reason">
      <Heading level={2} id="reden-kop">
        Reden van inzage
      </Heading>
      <Alert type="info">
        <p className="utrecht-paragraph">
          U bekijkt {what} als inspecteur. Geef aan waarom u dit dossier inziet. Uw reden wordt samen met uw
          naam vastgelegd en is zichtbaar voor de cliënt.
        </p>
      </Alert>
      <form onSubmit={submit} noValidate className="regie-form">
        <TextareaField
          id="reden"
          label="Reden van inzage"
          description="Bijvoorbeeld: dossieronderzoek inspectie EM 2026, steekproef nr. 12."
          value={reason}
          onChange={setReason}
          error={error}
          rows={3}
          required
        />
        <div className="utrecht-button-group regie-actions">
          <Button type="submit" appearance="primary-action-button">
            Inzien
          </Button>
        </div>
      </form>
    </section>
  );
}
