import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { BrowserRouter } from 'react-router';
import { MeProvider } from '../auth/MeProvider';
import { AppRoutes } from './AppRoutes';
import { cspNonce, shareCspNonce } from './csp-nonce';
import { GraphqlClientProvider } from './GraphqlClientProvider';
import { cssVariablesResolver, theme } from './theme';

const styleNonce = cspNonce();
shareCspNonce(styleNonce);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" getStyleNonce={() => styleNonce ?? ''}>
      <Notifications position="top-right" />
      <GraphqlClientProvider>
        <MeProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </MeProvider>
      </GraphqlClientProvider>
    </MantineProvider>
  );
}
