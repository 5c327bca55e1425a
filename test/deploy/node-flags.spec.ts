import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The API's V8 flags (README, "The API's V8 flags") are given where it starts: `npm start`, the
// image's CMD, and the benches, which must measure the process users run.
const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const { API_NODE_FLAGS } = require('../../bench/support/api-server') as { API_NODE_FLAGS: string[] };
const MAIN = 'apps/api/dist/apps/api/src/main.js';

/** The arguments `node` gets before `script` in an npm script's command. */
function nodeFlagsBefore(command: string, script: string): string[] {
  const match = new RegExp(`(?:^|&& )node ((?:--\\S+ )*)${script.replaceAll('.', '\\.')}`).exec(command);
  if (!match) throw new Error(`"${command}" does not run ${script} with node`);
  return match[1].split(' ').filter(Boolean);
}

it('gives the benches a flag for the young generation', () => {
  expect(API_NODE_FLAGS).toContainEqual(expect.stringMatching(/^--max-semi-space-size=\d+$/));
});

it('starts the API with those flags through npm start', () => {
  const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
  expect(nodeFlagsBefore(scripts.start, MAIN)).toEqual(API_NODE_FLAGS);
  // The search bench runs an app in its own process too.
  expect(nodeFlagsBefore(scripts['bench:search'], 'bench/search/run.js')).toEqual(API_NODE_FLAGS);
});

it("starts the API with those flags in the image's CMD", () => {
  const cmd = /^CMD (\[.*\])$/m.exec(read('docker/Dockerfile'));
  expect(cmd).not.toBeNull();
  expect(JSON.parse(cmd![1])).toEqual(['node', ...API_NODE_FLAGS, MAIN]);
});

it('reads the flags an npm script gives node, and fails on a script that runs something else', () => {
  expect(nodeFlagsBefore('npm run build && node --a=1 --b x.js', 'x.js')).toEqual(['--a=1', '--b']);
  expect(nodeFlagsBefore('node x.js', 'x.js')).toEqual([]);
  expect(() => nodeFlagsBefore('npm run build && tsx x.js', 'x.js')).toThrow('does not run x.js with node');
});
