import { Root } from '@utrecht/root-react';
import { useEffect, useRef } from 'react';
import { Loading } from './components/Alert';
import { PageShell } from './components/PageShell';
import { CaseloadPage } from './pages/CaseloadPage';
import { ClientPage } from './pages/ClientPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrderPage } from './pages/OrderPage';
import { SignInPage } from './pages/SignInPage';
import { matchRoute, navigate, paths, usePath, type Route } from './router';
import { SessionProvider, useSession } from './session';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'caseload':
      return <CaseloadPage />;
    case 'client':
      return <ClientPage key={route.clientId} clientId={route.clientId} />;
    case 'order':
      return <OrderPage key={route.orderId} orderId={route.orderId} />;
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
      <Page route={route} />
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
