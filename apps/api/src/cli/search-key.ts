import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadConfig } from '../config/config.schema';
import { apiKeyUid, ensureApiKey } from '../matching/search/meilisearch-keys';
import { say } from './cli-support';

// npm run search:key — with the master key, creates (once) the scoped key the API and the reindex
// use: search, documents, settings and tasks of MEILI_INDEX only. Writes it to MEILI_API_KEY_FILE
// (the compose `meili-key` one-off service shares that file with the api through a volume), or
// prints it to put in MEILI_API_KEY. Needs no database.
async function main(): Promise<void> {
  // Only the MEILI_* variables: this runs beside Meilisearch with nothing else configured.
  const config = loadConfig(Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('MEILI_'))));
  if (!config.MEILI_HOST) {
    say('MEILI_HOST is not set: search uses the Postgres engine, which needs no key. Nothing to do.');
    return;
  }
  const key = await ensureApiKey({ host: config.MEILI_HOST, masterKey: config.MEILI_MASTER_KEY, indexUid: config.MEILI_INDEX });
  if (config.MEILI_API_KEY_FILE) {
    mkdirSync(dirname(config.MEILI_API_KEY_FILE), { recursive: true });
    writeFileSync(config.MEILI_API_KEY_FILE, `${key}\n`, { mode: 0o600 });
    say(`scoped key ${apiKeyUid(config.MEILI_INDEX)} for index "${config.MEILI_INDEX}" written to ${config.MEILI_API_KEY_FILE}`);
  } else {
    say(`scoped key ${apiKeyUid(config.MEILI_INDEX)} for index "${config.MEILI_INDEX}"; set MEILI_API_KEY to:`);
    process.stdout.write(`${key}\n`);
  }
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
