import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Time goes through one wrapper, libs/domain/src/time (STYLE.md): no second local ↔ UTC
// conversion, zone guess or millisecond-per-day arithmetic in the API or the web app.
const ROOT = join(__dirname, '../../../..');

function sourceFiles(folder: string, skip: readonly string[] = []): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (skip.some((skipped) => full.startsWith(join(ROOT, skipped))) || entry.name === 'gql' || entry.name === 'dist') continue;
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  walk(join(ROOT, folder));
  return files;
}

function offences(files: string[], patterns: RegExp[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (patterns.some((pattern) => pattern.test(line)) ? [`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : [])),
  );
}

const MILLISECOND_ARITHMETIC = [/\b86_?400_?000\b/, /\b3_?600_?000\b/, /\b60_?000\b/, /24\s*\*\s*60\s*\*\s*60/, /60\s*\*\s*60\s*\*\s*1000/, /\b864e5\b/];
const DATE_GUESSES = [/Intl\.DateTimeFormat/, /toLocale(Date|Time)String/, /Date\.UTC\(/, /getTimezoneOffset/, /supportedValuesOf/, /resolvedOptions\(\)\.timeZone/, /\.getDate\(\)|\.getHours\(\)|\.getUTCDay\(\)/];

it('the API does no millisecond-per-day arithmetic of its own', () => {
  expect(offences(sourceFiles('apps/api/src'), MILLISECOND_ARITHMETIC)).toEqual([]);
});

it('the web app converts and formats dates and zones only through @rapport/domain/time', () => {
  expect(offences(sourceFiles('apps/web/src'), [...MILLISECOND_ARITHMETIC, ...DATE_GUESSES])).toEqual([]);
});
