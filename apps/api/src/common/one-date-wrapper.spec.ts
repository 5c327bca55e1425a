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

// One date and time format across the web app, in the viewer's locale and zone: every date
// or time a person reads is written by apps/web/src/format/dates.ts, so no page formats
// its own (the domain wrapper's display functions, Intl, toLocale*, date libraries, or
// hand-made "HH:mm" strings shown as they are).
const DATE_DISPLAY = [
  /\bformat(Instant|LocalDate|LocalDateTime|InZone)\b[^'"]*from '@rapport\/domain\/time'/,
  /import\s*\{[^}]*\bformat(Instant|LocalDate|LocalDateTime|InZone)\b[^}]*\}\s*from '@rapport\/domain\/time'/,
  /\bIntl\.(DateTimeFormat|RelativeTimeFormat)\b/,
  /\.toLocale(Date|Time)?String\(\s*\)/,
  /\btoLocale(Date|Time)String\b/,
  /from '(dayjs|date-fns|moment|luxon)/,
  /\{slot\.localTime\}|\$\{slot\.localTime\}/,
];

it('the web app writes dates and times for people only through apps/web/src/format', () => {
  expect(offences(sourceFiles('apps/web/src', ['apps/web/src/format']), DATE_DISPLAY)).toEqual([]);
});

it('the date-display guard catches what it is meant to', () => {
  const samples = [
    "import { formatInstant, hostTimeZone } from '@rapport/domain/time';",
    'new Intl.DateTimeFormat(locale).format(date)',
    'date.toLocaleDateString()',
    "import dayjs from 'dayjs';",
    '{slot.localTime}',
  ];
  for (const sample of samples) expect(DATE_DISPLAY.some((pattern) => pattern.test(sample))).toBe(true);
  expect(DATE_DISPLAY.some((pattern) => pattern.test("import { addDays, localDateOf } from '@rapport/domain/time';"))).toBe(false);
});
