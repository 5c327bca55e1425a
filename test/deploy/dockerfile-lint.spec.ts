import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDockerIgnored, lintDockerfile, SUPPORTED_NODE_LINES } from './dockerfile-lint';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('docker/Dockerfile', () => {
  it('passes every rule: pinned bases on a supported Node line, npm ci, no ADD, non-root, HEALTHCHECK, owned COPYs', () => {
    expect(lintDockerfile(read('docker/Dockerfile'))).toEqual([]);
  });

  it('runs production on a supported Node LTS line while development and CI run Node 20', () => {
    const lines = [...read('docker/Dockerfile').matchAll(/^FROM node:(\d+)\./gm)].map((match) => Number(match[1]));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => SUPPORTED_NODE_LINES.includes(line))).toBe(true);
    expect(process.versions.node.split('.')[0]).toBe('20');
    const engines = JSON.parse(read('package.json')).engines.node as string;
    expect(engines).toMatch(/>=22/);
    const readme = read('README.md');
    for (const line of new Set(lines)) expect(readme).toContain(`Node ${line}`);
  });

  // The rules can fail: a Dockerfile breaking each of them.
  it('reports every rule a careless Dockerfile breaks, with its line', () => {
    const careless = [
      'FROM node:20-slim AS build', // floating tag, end-of-life line
      'ADD https://example.com/tool.tar.gz /tmp/',
      'RUN npm install',
      'FROM node:latest',
      'COPY --from=build /app /app',
      'RUN curl -fsSL https://example.com/install.sh | sh',
      'USER root',
      'CMD ["node", "main.js"]',
    ].join('\n');
    expect(lintDockerfile(careless).map(({ rule, line }) => `${rule}@${line}`)).toEqual([
      'pinned-base-image@1',
      'supported-node@1',
      'pinned-base-image@4',
      'no-add@2',
      'npm-ci@3',
      'no-pipe-to-shell@6',
      'npm-ci@1',
      'non-root-user@4',
      'healthcheck@4',
      'copy-chown@5',
    ]);
  });

  it('joins continuation lines and ignores comments', () => {
    const text = ['FROM node:24.11.1-bookworm-slim', '# RUN npm install', 'RUN npm ci \\', '  && npm cache clean --force', 'HEALTHCHECK \\', '  CMD true', 'USER node', 'CMD ["node"]'].join('\n');
    expect(lintDockerfile(text)).toEqual([]);
  });
});

describe('.dockerignore', () => {
  const rules = read('.dockerignore');

  it.each(['.env', '.env.production', 'apps/api/.env', 'node_modules/pg/index.js', 'apps/web/node_modules/x.js', '.data/postgres/PG_VERSION', 'apps/api/dist/main.js', '.git/HEAD'])(
    'keeps %s out of the build context',
    (path) => expect(isDockerIgnored(rules, path)).toBe(true),
  );

  it.each(['package.json', 'package-lock.json', 'apps/api/src/main.ts', 'docker/Dockerfile', 'libs/domain/src/index.ts', '.env.example'])('keeps %s in it', (path) => {
    expect(isDockerIgnored(rules, path)).toBe(false);
  });

  it('matches like Docker: directories, ** and re-inclusion', () => {
    expect(isDockerIgnored('secrets', 'secrets/key.pem')).toBe(true);
    expect(isDockerIgnored('*.log\n!keep.log', 'keep.log')).toBe(false);
    expect(isDockerIgnored('**/tmp', 'a/b/tmp/x')).toBe(true);
    expect(isDockerIgnored('tmp', 'a/tmp')).toBe(false);
  });
});
