import { Button } from '@utrecht/button-react';
import { useEffect, useState } from 'react';
import { api } from '../../api/endpoints';
import type { EmAdvice } from '../../api/types';
import { formatDateTime } from '../../format';
import { useSubmit } from '../../useSubmit';
import { Alert } from '../Alert';
import { ErrorSummary } from '../ErrorSummary';
import { FormStatus } from '../FormStatus';
import { Paragraph } from '../Heading';

/**
 * The advice document (PDF): fetched with the bearer token and opened as a blob URL in a new tab; and the
 * sending to the principal, which completes the order.
 */
export function DocumentSection({
  advice,
  canSend,
  onSent,
}: {
  advice: EmAdvice;
  canSend: boolean;
  onSent: (a: EmAdvice) => void;
}) {
  const doc = useSubmit();
  const send = useSubmit();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  async function open() {
    // Opened before the fetch, so it still counts as the user's click (no pop-up blocker).
    const win = window.open('', '_blank');
    const blob = await doc.run(() => api.emAdviceDocument(advice.id));
    if (!blob) {
      win?.close();
      return;
    }
    const u = URL.createObjectURL(blob);
    setUrl(u);
    if (win) win.location.href = u;
  }

  async function sendIt() {
    const a = await send.run(
      () => api.sendEmAdvice(advice.id),
      'Het advies is verzonden naar de opdrachtgever.',
    );
    if (a) onSent(a);
  }

  const sendErrors = Object.entries(send.fieldErrors).map(([name, message]) => ({
    fieldId: name === 'conclusion' ? 'conclusie-uitkomst' : 'verzenden',
    message,
  }));

  return (
    <>
      {advice.documentSentAt ? (
        <Alert type="ok" title="Verzonden">
          <p className="utrecht-paragraph">
            Het advies is op {formatDateTime(advice.documentSentAt)} verzonden naar de opdrachtgever. Het kan
            niet meer worden gewijzigd.
          </p>
        </Alert>
      ) : (
        <Paragraph className="regie-muted">
          Het document wordt gemaakt uit de vastgelegde gegevens. Zolang het niet is verzonden, is het een
          concept.
        </Paragraph>
      )}
      <FormStatus saved={null} error={doc.error} errorTitle="Het document kan niet worden geopend" />
      <FormStatus
        saved={send.saved}
        error={sendErrors.length ? null : send.error}
        errorTitle="Verzenden is niet gelukt"
      />
      <ErrorSummary title="Verzenden is niet gelukt" items={sendErrors} />
      <div className="utrecht-button-group regie-actions">
        <Button appearance="secondary-action-button" busy={doc.busy} onClick={() => void open()}>
          Document openen (PDF)
        </Button>
        {url && (
          <a
            className="utrecht-link utrecht-link--html-a regie-doc-link"
            href={url}
            download={`deeladvies-em-${advice.id.slice(0, 8)}.pdf`}
          >
            Document downloaden
          </a>
        )}
        {canSend && !advice.documentSentAt && (
          <Button
            id="verzenden"
            appearance="primary-action-button"
            busy={send.busy}
            onClick={() => void sendIt()}
          >
            Verzenden naar opdrachtgever
          </Button>
        )}
      </div>
    </>
  );
}
