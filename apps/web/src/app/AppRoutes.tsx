import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { RedirectIfSignedIn } from '../auth/RedirectIfSignedIn';
import { AppLayout } from '../layout/AppLayout';
import { IndexPage } from '../pages/IndexPage';
import { LogInPage } from '../pages/LogInPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SignUpPage } from '../pages/SignUpPage';
import { paths } from './paths';

interface PageRoute {
  path: string;
  element: ReactElement;
}

// Add a page here; its entry in layout/nav-items.ts then appears for the roles listed there.
const PAGE_ROUTES: readonly PageRoute[] = [
  { path: paths.home, element: <IndexPage /> },
  { path: paths.signUp, element: <RedirectIfSignedIn><SignUpPage /></RedirectIfSignedIn> },
  { path: paths.logIn, element: <RedirectIfSignedIn><LogInPage /></RedirectIfSignedIn> },
];

const EXISTING_PATHS: ReadonlySet<string> = new Set(PAGE_ROUTES.map((route) => route.path));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout existingPaths={EXISTING_PATHS} />}>
        {PAGE_ROUTES.map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
