import { Heading, Paragraph } from '../components/Heading';
import { Link } from '../components/Link';
import { paths } from '../router';
import { useTitle } from '../useLoad';

export function NotFoundPage() {
  useTitle('Pagina niet gevonden');
  return (
    <>
      <Heading level={1}>Pagina niet gevonden</Heading>
      <Paragraph>Deze pagina bestaat niet (meer).</Paragraph>
      <Paragraph>
        <Link href={paths.caseload}>Naar mijn caseload</Link>
      </Paragraph>
    </>
  );
}
