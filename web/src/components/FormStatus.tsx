import { Alert, ErrorAlert } from './Alert';

/** The confirmation after saving, or what went wrong, above a form. */
export function FormStatus({
  saved,
  error,
  errorTitle = 'Dat is niet gelukt',
}: {
  saved: string | null;
  error: string | null;
  errorTitle?: string;
}) {
  return (
    <>
      {saved && (
        <Alert type="ok">
          <p className="utrecht-paragraph">{saved}</p>
        </Alert>
      )}
      <ErrorAlert error={error} title={errorTitle} />
    </>
  );
}
