// The Meilisearch v1 filter expression language, parsed and evaluated the way
// the server does, for the fake server (testing/fake-meilisearch.ts). Subset
// implemented (everything the adapter sends, and the neighbours a mistake
// would produce):
//   expression := or;  or := and ("OR" and)*;  and := not ("AND" not)*
//   not        := "NOT" not | "(" expression ")" | condition
//   condition  := attr ("=" | "!=" | ">" | ">=" | "<" | "<=") value
//               | attr value "TO" value | attr ["NOT"] "IN" "[" value ("," value)* "]"
//               | attr ["NOT"] "EXISTS" | attr "IS" ["NOT"] ("EMPTY" | "NULL")
//   value      := "double quoted" | 'single quoted' | bare word or number
// Semantics as the server's: attributes are dotted paths into nested objects,
// an array matches when any element does, string equality ignores case and
// accents, comparisons and TO match numbers only (null never matches), `!=`
// and NOT IN also match documents without the attribute, every attribute must
// be filterable (itself or a parent) or the search fails with
// invalid_search_filter. Not modelled: geo filters, `_geoRadius`, CONTAINS.

export type Filter =
  | { kind: 'and' | 'or'; parts: Filter[] }
  | { kind: 'not'; part: Filter }
  | { kind: 'compare'; attribute: string; op: '=' | '!=' | '>' | '>=' | '<' | '<='; value: string }
  | { kind: 'range'; attribute: string; from: string; to: string }
  | { kind: 'in'; attribute: string; values: string[]; negated: boolean }
  | { kind: 'exists'; attribute: string; negated: boolean }
  | { kind: 'is'; attribute: string; what: 'EMPTY' | 'NULL'; negated: boolean };

export class FilterError extends Error {}

type Token = { type: 'word' | 'string' | 'symbol'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let text = '';
      i++;
      while (i < source.length && source[i] !== c) {
        if (source[i] === '\\' && i + 1 < source.length) i++;
        text += source[i++];
      }
      if (i >= source.length) throw new FilterError(`unterminated string in \`${source}\``);
      i++;
      tokens.push({ type: 'string', text });
    } else if ('()[],'.includes(c)) {
      tokens.push({ type: 'symbol', text: c });
      i++;
    } else if ('=!<>'.includes(c)) {
      const two = source.slice(i, i + 2);
      const op = ['!=', '>=', '<='].includes(two) ? two : c;
      if (op === '!') throw new FilterError(`unexpected \`!\` in \`${source}\``);
      tokens.push({ type: 'symbol', text: op });
      i += op.length;
    } else {
      let text = '';
      while (i < source.length && !/[\s()[\],=!<>"']/.test(source[i])) text += source[i++];
      tokens.push({ type: 'word', text });
    }
  }
  return tokens;
}

export function parseFilter(source: string): Filter {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const keyword = (word: string, offset = 0) => tokens[at + offset]?.type === 'word' && tokens[at + offset].text === word;
  const expect = (text: string) => {
    if (peek()?.text !== text) throw new FilterError(`expected \`${text}\` at token ${at} of \`${source}\``);
    at++;
  };
  const value = (): string => {
    const token = tokens[at++];
    if (!token || token.type === 'symbol') throw new FilterError(`expected a value at token ${at - 1} of \`${source}\``);
    return token.text;
  };

  const or = (): Filter => {
    const parts = [and()];
    while (keyword('OR')) {
      at++;
      parts.push(and());
    }
    return parts.length === 1 ? parts[0] : { kind: 'or', parts };
  };
  const and = (): Filter => {
    const parts = [not()];
    while (keyword('AND')) {
      at++;
      parts.push(not());
    }
    return parts.length === 1 ? parts[0] : { kind: 'and', parts };
  };
  const not = (): Filter => {
    if (keyword('NOT')) {
      at++;
      return { kind: 'not', part: not() };
    }
    if (peek()?.text === '(' && peek().type === 'symbol') {
      at++;
      const inner = or();
      expect(')');
      return inner;
    }
    return condition();
  };
  const condition = (): Filter => {
    const token = tokens[at++];
    if (!token || token.type !== 'word') throw new FilterError(`expected an attribute at token ${at - 1} of \`${source}\``);
    const attribute = token.text;
    const next = peek();
    if (!next) throw new FilterError(`incomplete condition on \`${attribute}\``);
    if (next.type === 'symbol' && ['=', '!=', '>', '>=', '<', '<='].includes(next.text)) {
      at++;
      return { kind: 'compare', attribute, op: next.text as '=', value: value() };
    }
    const negated = keyword('NOT');
    if (negated) at++;
    if (keyword('IN')) {
      at++;
      expect('[');
      const values: string[] = [];
      while (peek()?.text !== ']') {
        values.push(value());
        if (peek()?.text === ',') at++;
        else if (peek()?.text !== ']') throw new FilterError(`expected \`,\` or \`]\` in \`${source}\``);
      }
      at++;
      return { kind: 'in', attribute, values, negated };
    }
    if (keyword('EXISTS')) {
      at++;
      return { kind: 'exists', attribute, negated };
    }
    if (!negated && keyword('IS')) {
      at++;
      const isNot = keyword('NOT');
      if (isNot) at++;
      const what = tokens[at++]?.text;
      if (what !== 'EMPTY' && what !== 'NULL') throw new FilterError(`expected EMPTY or NULL after IS in \`${source}\``);
      return { kind: 'is', attribute, what, negated: isNot };
    }
    if (!negated && (next.type === 'word' || next.type === 'string') && keyword('TO', 1)) {
      const from = value();
      at++;
      return { kind: 'range', attribute, from, to: value() };
    }
    throw new FilterError(`unexpected \`${next.text}\` after \`${attribute}\` in \`${source}\``);
  };

  const filter = or();
  if (at !== tokens.length) throw new FilterError(`unexpected \`${tokens[at].text}\` in \`${source}\``);
  return filter;
}

export function filterAttributes(filter: Filter): string[] {
  switch (filter.kind) {
    case 'and':
    case 'or':
      return filter.parts.flatMap(filterAttributes);
    case 'not':
      return filterAttributes(filter.part);
    default:
      return [filter.attribute];
  }
}

/** Whether `attribute` may be filtered (or faceted/sorted) given the index's list: itself or a parent object. */
export function isCovered(attribute: string, allowed: readonly string[]): boolean {
  return allowed.some((name) => name === '*' || attribute === name || attribute.startsWith(`${name}.`));
}

/** Lower-case without accents: how the server compares strings in filters and facets. */
export function normalizeText(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Lookup {
  present: boolean;
  raw: unknown;
  values: unknown[];
}

function lookup(document: Record<string, unknown>, attribute: string): Lookup {
  let current: unknown[] = [document];
  let present = true;
  for (const key of attribute.split('.')) {
    const next: unknown[] = [];
    for (const item of current) {
      for (const element of Array.isArray(item) ? item : [item]) {
        if (element && typeof element === 'object' && key in element) next.push((element as Record<string, unknown>)[key]);
      }
    }
    if (next.length === 0) present = false;
    current = next;
  }
  const raw = current.length === 1 ? current[0] : current;
  return { present, raw, values: current.flatMap((item) => (Array.isArray(item) ? item : [item])).filter((item) => item !== null && item !== undefined) };
}

function equals(element: unknown, value: string): boolean {
  if (typeof element === 'number') return value.trim() !== '' && Number(value) === element;
  if (typeof element === 'boolean') return normalizeText(value) === String(element);
  if (typeof element === 'string') return normalizeText(element) === normalizeText(value);
  return false;
}

function numeric(element: unknown): number | null {
  return typeof element === 'number' && Number.isFinite(element) ? element : null;
}

function asNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new FilterError(`\`${value}\` is not a number`);
  return number;
}

export function matchesFilter(filter: Filter, document: Record<string, unknown>): boolean {
  switch (filter.kind) {
    case 'and':
      return filter.parts.every((part) => matchesFilter(part, document));
    case 'or':
      return filter.parts.some((part) => matchesFilter(part, document));
    case 'not':
      return !matchesFilter(filter.part, document);
    case 'compare': {
      const { values } = lookup(document, filter.attribute);
      if (filter.op === '=') return values.some((element) => equals(element, filter.value));
      if (filter.op === '!=') return !values.some((element) => equals(element, filter.value));
      const bound = asNumber(filter.value);
      return values.some((element) => {
        const number = numeric(element);
        if (number === null) return false;
        return filter.op === '>' ? number > bound : filter.op === '>=' ? number >= bound : filter.op === '<' ? number < bound : number <= bound;
      });
    }
    case 'range': {
      const [from, to] = [asNumber(filter.from), asNumber(filter.to)];
      return lookup(document, filter.attribute).values.some((element) => {
        const number = numeric(element);
        return number !== null && number >= from && number <= to;
      });
    }
    case 'in': {
      const found = lookup(document, filter.attribute).values.some((element) => filter.values.some((value) => equals(element, value)));
      return filter.negated ? !found : found;
    }
    case 'exists': {
      const { present } = lookup(document, filter.attribute);
      return filter.negated ? !present : present;
    }
    case 'is': {
      const { present, raw } = lookup(document, filter.attribute);
      const holds =
        filter.what === 'NULL'
          ? present && raw === null
          : present && (raw === '' || (Array.isArray(raw) && raw.length === 0) || (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0));
      return filter.negated ? !holds : holds;
    }
  }
}

/** Facet values of an attribute in one document, as the server counts them (each distinct value once). */
export function facetValues(document: Record<string, unknown>, attribute: string): string[] {
  const values = lookup(document, attribute).values.filter((value) => ['string', 'number', 'boolean'].includes(typeof value));
  return [...new Set(values.map(String))];
}
