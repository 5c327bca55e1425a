// A small Dockerfile linter for the rules Rapport's image must keep (hadolint is not installed
// here and needs network to fetch; these rules run in `npm test` instead). Each finding names
// the rule and the line.

export interface Instruction {
  line: number;
  keyword: string;
  args: string;
}

export interface Finding {
  rule: string;
  line: number;
  message: string;
}

/** Instructions with continuation lines joined; comments and parser directives dropped. */
export function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending: { line: number; text: string } | null = null;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (!pending && (line.trim() === '' || line.trimStart().startsWith('#'))) return;
    if (pending && line.trimStart().startsWith('#')) return;
    const continued = line.endsWith('\\');
    const body = continued ? line.slice(0, -1) : line;
    pending = pending ? { line: pending.line, text: `${pending.text} ${body.trim()}` } : { line: index + 1, text: body.trim() };
    if (!continued) {
      const [keyword, ...rest] = pending.text.split(/\s+/);
      instructions.push({ line: pending.line, keyword: keyword.toUpperCase(), args: rest.join(' ') });
      pending = null;
    }
  });
  return instructions;
}

/** Node release lines supported as production runtimes (LTS, not past end of life). */
export const SUPPORTED_NODE_LINES = [22, 24];

export function lintDockerfile(text: string): Finding[] {
  const instructions = parseDockerfile(text);
  const findings: Finding[] = [];
  const find = (rule: string, line: number, message: string) => findings.push({ rule, line, message });
  const stages: { name: string | null; from: Instruction; body: Instruction[] }[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(/\s+/).filter((word) => !word.startsWith('--'));
      stages.push({ name: words[2] ?? null, from: instruction, body: [] });
    } else {
      stages.at(-1)?.body.push(instruction);
    }
  }
  if (stages.length === 0) return [{ rule: 'from', line: 1, message: 'no FROM' }];
  const stageNames = new Set(stages.map((stage) => stage.name).filter(Boolean));

  for (const { from } of stages) {
    const image = from.args.split(/\s+/).find((word) => !word.startsWith('--'))!;
    if (stageNames.has(image)) continue;
    const digest = /@sha256:[0-9a-f]{64}$/.test(image);
    const tag = /:([^/@]+)$/.exec(image.split('@')[0])?.[1];
    if (!digest && (!tag || !/^v?\d+\.\d+\.\d+/.test(tag))) find('pinned-base-image', from.line, `${image}: pin a full version (x.y.z) or a digest, never a floating tag`);
    const node = /^node:(\d+)(?:[.-]|$)/.exec(image);
    if (node && !SUPPORTED_NODE_LINES.includes(Number(node[1]))) find('supported-node', from.line, `${image}: Node ${node[1]} is not a supported LTS line (${SUPPORTED_NODE_LINES.join(', ')})`);
  }

  for (const instruction of instructions) {
    if (instruction.keyword === 'ADD') {
      find('no-add', instruction.line, /https?:\/\//.test(instruction.args) ? 'ADD of a URL: download in a RUN with a checksum' : 'use COPY (ADD unpacks archives and fetches URLs)');
    }
    if (instruction.keyword === 'RUN' && /\bnpm (install|i)\b/.test(instruction.args)) find('npm-ci', instruction.line, 'npm install: use npm ci (the lock file, exactly)');
    if (instruction.keyword === 'RUN' && /\b(curl|wget)\b[^|]*\|\s*(ba)?sh/.test(instruction.args)) find('no-pipe-to-shell', instruction.line, 'piping a download into a shell');
  }
  if (!instructions.some((instruction) => instruction.keyword === 'RUN' && /\bnpm ci\b/.test(instruction.args))) find('npm-ci', 1, 'dependencies are not installed with npm ci');

  const final = stages.at(-1)!;
  const users = final.body.filter((instruction) => instruction.keyword === 'USER');
  const lastUser = users.at(-1)?.args.trim();
  if (!lastUser || /^(root|0)(:|$)/.test(lastUser)) find('non-root-user', final.from.line, 'the final stage must switch to a non-root USER');
  if (!final.body.some((instruction) => instruction.keyword === 'HEALTHCHECK' && !/^NONE\b/i.test(instruction.args))) find('healthcheck', final.from.line, 'the final stage has no HEALTHCHECK');
  for (const instruction of final.body.filter((candidate) => candidate.keyword === 'COPY')) {
    if (!/--chown=\S+/.test(instruction.args)) find('copy-chown', instruction.line, 'COPY in the final stage must say who owns the files (--chown=…)');
  }
  if (!final.body.some((instruction) => instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT')) find('cmd', final.from.line, 'the final stage has no CMD');
  return findings;
}

/** Whether a path is excluded from the build context by .dockerignore rules (last matching rule wins, `!` re-includes). */
export function isDockerIgnored(rules: string, path: string): boolean {
  let ignored = false;
  for (const raw of rules.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    const pattern = (negated ? line.slice(1) : line).replace(/^\/+/, '').replace(/\/+$/, '');
    const source = pattern
      .split(/(\*\*\/?|\*|\?)/)
      .map((part) => (part === '**/' || part === '**' ? '(?:.*/)?' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    // A rule matching a directory excludes everything below it.
    if (new RegExp(`^${source}(?:/.*)?$`).test(path)) ignored = !negated;
  }
  return ignored;
}
