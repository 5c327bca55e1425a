#!/usr/bin/env node
import { parseCliArgs, USAGE } from './cli-args';
import { startStripeEmulator } from './server';

async function main(): Promise<void> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { options } = parsed;
  const emulator = await startStripeEmulator({ ...options, log: (line) => process.stderr.write(`${line}\n`) });
  const endpoints = options.webhookEndpoints?.map((endpoint) => endpoint.url).join(', ') || 'nowhere';
  process.stderr.write(`stripe-emulator: state in ${options.stateFile}; webhooks to ${endpoints}\n`);
  const stop = () => void emulator.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`stripe-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
