#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startStripeEmulator } from './server';

const USAGE = `Usage: rapport-stripe-emulator [--port 12111] [--host 127.0.0.1] [--state .data/stripe-emulator.json]
                              [--webhook URL=whsec_SECRET ...] [--public-url URL]

A local, stateful Stripe emulator. Point the stripe SDK at it with
  new Stripe('sk_test_anything', { host: '127.0.0.1', port: 12111, protocol: 'http' })`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '12111' },
      host: { type: 'string', default: '127.0.0.1' },
      state: { type: 'string', default: '.data/stripe-emulator.json' },
      webhook: { type: 'string', multiple: true, default: [] },
      'public-url': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const webhookEndpoints = values.webhook.map((spec) => {
    const separator = spec.lastIndexOf('=');
    if (separator <= 0 || !spec.slice(separator + 1).startsWith('whsec_')) throw new Error(`--webhook expects URL=whsec_SECRET, got ${spec.slice(0, separator > 0 ? separator : spec.length)}=…`);
    return { url: spec.slice(0, separator), secret: spec.slice(separator + 1) };
  });
  const emulator = await startStripeEmulator({
    port: Number(values.port),
    host: values.host,
    stateFile: values.state,
    webhookEndpoints,
    publicBaseUrl: values['public-url'],
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stderr.write(`stripe-emulator: state in ${values.state}; webhooks to ${webhookEndpoints.map((endpoint) => endpoint.url).join(', ') || 'nowhere'}\n`);
  const stop = () => void emulator.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`stripe-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
