import type { AdviceAddress, EmAdvice } from '../../api/types';
import { formatDate, formatDateTime } from '../../format';
import { legalFrameworkLabel, organisationLabel, principalLabel } from '../../labels';
import { paths } from '../../router';
import { DataList } from '../DataList';
import { DueDate } from '../DueDate';
import { Link } from '../Link';
import { formatLatLon } from '../map/leaflet';

function Address({ a }: { a: AdviceAddress }) {
  return (
    <>
      {a.street} {a.houseNumber}, {a.postcode} {a.city}
      <br />
      <span className="regie-muted">
        {a.location ? `Locatie ${formatLatLon(a.location)}` : 'Locatie onbekend'}
      </span>
    </>
  );
}

/** What was requested: the order, the client, the addresses. */
export function RequestSection({ advice }: { advice: EmAdvice }) {
  const closed = advice.status === 'COMPLETED' || advice.status === 'CANCELLED';
  return (
    <DataList
      items={[
        ['Cliënt', <Link href={paths.client(advice.client.id)}>{advice.client.name}</Link>],
        ['Geboortedatum', formatDate(advice.client.birthDate)],
        ['Opdrachtgever', principalLabel(advice.principal)],
        ['Kader', legalFrameworkLabel(advice.legalFramework)],
        ['Delict', advice.offence],
        ['Aangevraagd', formatDateTime(advice.receivedAt)],
        ['Uiterste datum', <DueDate dueDate={advice.dueDate} urgent={advice.urgent} closed={closed} />],
        ['Beoogd verblijfsadres', <Address a={advice.intendedAddress} />],
        ['Contactpersoon adres', `${advice.addressContact.name} (${advice.addressContact.phone})`],
        ['Adres slachtoffer', advice.victimAddress ? <Address a={advice.victimAddress} /> : 'niet opgegeven'],
        ['Organisatie', organisationLabel(advice.organisation)],
        ['EM-specialist', advice.assignee?.displayName ?? 'nog niet toegewezen'],
        ['Opdracht', <Link href={paths.order(advice.orderId)}>Naar de opdracht</Link>],
      ]}
    />
  );
}
