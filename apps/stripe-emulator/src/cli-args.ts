import { parseArgs } from 'node:util';
import type { StripeEmulatorOptions } from './server';

export const USAGE = `Usage: rapport-stripe-emulator [--port 12111] [--host 127.0.0.1] [--state .data/stripe-emulator.json]
                              [--webhook URL=whsec_SECRET ...] [--public-url URL]

A local, stateful Stripe emulator. Point the stripe SDK at it with
  new Stripe('sk_test_anything', { host: '127.0.0.1', port: 12111, protocol: 'http' })`;

/** The CLI's flags as emulator options, or `help`. Throws a one-line message on a bad flag. */
export function parseCliArgs(argv: string[]): { help: true } | { help: false; options: StripeEmulatorOptions & { stateFile: string } } {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '12111' },
      host: { type: 'string', default: '127.0.0.1' },
      state: { type: 'string', default: '.data/stripe-emulator.json' },
      webhook: { type: 'string', multiple: true, default: [] },
      'public-url': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return { help: true };
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port expects 0-65535, got ${values.port}`);
  const webhookEndpoints = values.webhook.map((spec) => {
    const separator = spec.lastIndexOf('=');
    const secret = separator > 0 ? spec.slice(separator + 1) : '';
    // The secret is never echoed back, even in an error.
    if (!secret.startsWith('whsec_') || !URL.canParse(spec.slice(0, separator))) throw new Error('--webhook expects URL=whsec_SECRET');
    return { url: spec.slice(0, separator), secret };
  });
  return { help: false, options: { port, host: values.host, stateFile: values.state, webhookEndpoints, publicBaseUrl: values['public-url'] } };
}
