import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentNode, Kind, parse, visit } from 'graphql';

const WEB_SRC = resolve(__dirname, '../../../../../web/src');

export interface WebOperation {
  name: string;
  /** The operation with every fragment it uses, as the web app sends it. */
  source: string;
}

/** Every operation the web app sends, read from apps/web/src/**\/*.operations.ts. */
export function webOperations(): WebOperation[] {
  const documents = operationFiles(WEB_SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)].map((match) => match[1]),
  );
  const fragments = new Map<string, string>();
  const operations: { name: string; source: string }[] = [];
  for (const source of documents) {
    const [definition] = parse(source).definitions;
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, source);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push({ name: definition.name?.value ?? '(anonymous)', source });
  }
  return operations.map(({ name, source }) => ({ name, source: [source, ...fragmentsUsed(parse(source), fragments)].join('\n') }));
}

function fragmentsUsed(document: DocumentNode, fragments: Map<string, string>, seen = new Set<string>()): string[] {
  const used: string[] = [];
  visit(document, {
    FragmentSpread(node) {
      const name = node.name.value;
      if (seen.has(name)) return;
      seen.add(name);
      const source = fragments.get(name);
      if (!source) throw new Error(`fragment ${name} is not defined in the web app`);
      used.push(source, ...fragmentsUsed(parse(source), fragments, seen));
    },
  });
  return used;
}

function operationFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : operationFiles(path);
    return entry.name.endsWith('.operations.ts') ? [path] : [];
  });
}
