/**
 * Stripe's wire format: `application/x-www-form-urlencoded` with bracket notation
 * (`metadata[key]=v`, `line_items[0][quantity]=1`, `expand[]=x`). Decoded into plain
 * nested objects and arrays of strings; typing and checking is the endpoints' job.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

const INDEX = /^\d+$/;

export function parseForm(body: string): FormObject {
  const root: FormObject = {};
  if (!body) return root;
  for (const pair of body.split('&')) {
    if (!pair) continue;
    const separator = pair.indexOf('=');
    const rawKey = separator === -1 ? pair : pair.slice(0, separator);
    const rawValue = separator === -1 ? '' : pair.slice(separator + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    assign(root, splitKey(key), value);
  }
  return arraysFromIndexedObjects(root) as FormObject;
}

/** Percent-decoding that keeps a malformed sequence as it came rather than failing the request. */
export function decode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** `a[b][0][]` → ['a', 'b', '0', ''] */
function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const parts = [key.slice(0, open)];
  const pattern = /\[([^\]]*)\]/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(key.slice(open)))) parts.push(match[1]);
  return parts;
}

// The prototype-setting keys are refused so a crafted body cannot reach Object.prototype.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function assign(target: FormObject, path: string[], value: string): void {
  let node: FormObject = target;
  for (let index = 0; index < path.length; index += 1) {
    let part = path[index];
    if (FORBIDDEN.has(part)) return;
    // `expand[]=a&expand[]=b`: an empty index appends.
    if (part === '') part = String(Object.keys(node).length);
    if (index === path.length - 1) {
      node[part] = value;
      return;
    }
    const next = node[part];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = {};
    node = node[part] as FormObject;
  }
}

/** Objects whose keys are all indexes become arrays, in index order. */
function arraysFromIndexedObjects(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted: FormObject = {};
  for (const key of keys) converted[key] = arraysFromIndexedObjects(value[key]);
  if (keys.length > 0 && keys.every((key) => INDEX.test(key))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((key) => converted[key]);
  }
  return converted;
}

/** The reverse, for the emulator's own tests and pages: the same encoding the SDK sends. */
export function encodeForm(data: Record<string, unknown>): string {
  const pairs: string[] = [];
  const walk = (key: string, value: unknown) => {
    if (value === undefined) return;
    if (value === null || typeof value !== 'object') {
      pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(value === null ? '' : String(value))}`);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(`${key}[${index}]`, item));
    } else {
      for (const [child, item] of Object.entries(value)) walk(`${key}[${child}]`, item);
    }
  };
  for (const [key, value] of Object.entries(data)) walk(key, value);
  return pairs.join('&');
}
