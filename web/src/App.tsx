import { Root } from '@utrecht/root-react';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Loading } from './components/Alert';
import { PageShell } from './components/PageShell';
import { CaseloadPage } from './pages/CaseloadPage';
import { ClientPage } from './pages/ClientPage';
import { DistributionKeysPage } from './pages/DistributionKeysPage';
import { EmSignalRulesPage } from './pages/EmSignalRulesPage';
import { HearingsPage } from './pages/HearingsPage';
import { IntakePage } from './pages/IntakePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrderPage } from './pages/OrderPage';
import { SignInPage } from './pages/SignInPage';
import { matchRoute, navigate, paths, usePath, type Route } from './router';
import { SessionProvider, useSession } from './session';

// The pages with a map load Leaflet only when opened.
const EmAdvicePage = lazy(() => import('./pages/EmAdvicePage').then((m) => ({ default: m.EmAdvicePage })));
const EmRequestPage = lazy(() => import('./pages/EmRequestPage').then((m) => ({ default: m.EmRequestPage })));

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'caseload':
      return <CaseloadPage />;
    case 'client':
      return <ClientPage key={route.clientId} clientId={route.clientId} />;
    case 'order':
      return <OrderPage key={route.orderId} orderId={route.orderId} />;
    case 'em-advice':
      return <EmAdvicePage key={route.adviceId} adviceId={route.adviceId} />;
    case 'intake':
      return <IntakePage />;
    case 'em-request':
      return <EmRequestPage />;
    case 'distribution-keys':
      return <DistributionKeysPage />;
    case 'em-signal-rules':
      return <EmSignalRulesPage />;
    case 'hearings':
      return <HearingsPage />;
    case 'sign-in':
      return null;
    default:
      return <NotFoundPage />;
  }
}

/** After a navigation, move focus to the main content so keyboard and screen-reader users start there. */
function useFocusMainOnNavigate(path: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('inhoud')?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [path]);
}

function Routes() {
  const { user, signOut } = useSession();
  const path = usePath();
  const route = matchRoute(path);
  useFocusMainOnNavigate(path);

  useEffect(() => {
    if (user && route.page === 'sign-in') navigate(paths.caseload, { replace: true });
  }, [user, route.page]);

  if (user === undefined) {
    return (
      <PageShell user={null}>
        <Loading what="uw gegevens" />
      </PageShell>
    );
  }
  if (user === null) {
    return (
      <PageShell user={null}>
        <SignInPage />
      </PageShell>
    );
  }
  return (
    <PageShell
      user={user}
      onSignOut={() => {
        signOut('U bent uitgelogd.');
        navigate(paths.signIn);
      }}
    >
      <Suspense fallback={<Loading what="de pagina" />}>
        <Page route={route} />
      </Suspense>
    </PageShell>
  );
}

export function App() {
  return (
    <Root Component="div" className="utrecht-document regie-root">
      <SessionProvider>
        <Routes />
      </SessionProvider>
    </Root>
  );
}
