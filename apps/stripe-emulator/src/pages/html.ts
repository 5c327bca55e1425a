/** Server-rendered pages: plain HTML, one stylesheet, no script at all. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  return new Html(strings.reduce((out, text, index) => out + text + (index < parts.length ? render(parts[index]) : ''), ''));
}

export function page(options: { title: string; body: Html }): string {
  return `<!doctype html>${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Stripe test emulator</title>
<link rel="stylesheet" href="/_static/emulator.css">
</head>
<body>
<header><p class="banner">Local Stripe test emulator: no real card is charged and no real money moves.</p></header>
<main>
${options.body}
</main>
</body>
</html>`.value}`;
}

/** Minor units to a display amount, honouring zero-decimal currencies such as JPY. */
export function formatAmount(amountMinor: number, currency: string): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}

// Colours chosen for WCAG AA contrast (4.5:1 text, 3:1 controls and focus ring) on white.
export const STYLESHEET = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1f36; background: #f6f9fc; }
.banner { margin: 0; padding: 0.5rem 1rem; background: #5b3e00; color: #fff; font-weight: 600; text-align: center; }
main { max-width: 32rem; margin: 2rem auto; padding: 2rem; background: #fff; border: 1px solid #d5dbe1; border-radius: 8px; }
h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }
.amount { font-size: 2rem; font-weight: 700; margin: 0 0 1rem; }
.items { list-style: none; padding: 0; margin: 0 0 1.5rem; color: #3c4257; }
.items li { display: flex; justify-content: space-between; gap: 1rem; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
input[type=text], input[type=email], select { width: 100%; padding: 0.6rem; font: inherit; border: 1px solid #6a7383; border-radius: 6px; margin-bottom: 1rem; }
fieldset { border: 1px solid #6a7383; border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 1.5rem; }
legend { font-weight: 600; padding: 0 0.25rem; }
.choice { display: flex; align-items: center; gap: 0.5rem; padding: 0.35rem 0; }
.choice label { font-weight: 400; margin: 0; }
.choice input { width: 1.1rem; height: 1.1rem; margin: 0; accent-color: #4434b8; }
button { width: 100%; padding: 0.75rem; font: inherit; font-weight: 600; color: #fff; background: #4434b8; border: 0; border-radius: 6px; cursor: pointer; }
button.secondary { color: #4434b8; background: #fff; border: 2px solid #4434b8; }
form + form { margin-top: 0.75rem; }
a { color: #3a2ca3; }
:focus-visible { outline: 3px solid #1a1f36; outline-offset: 2px; }
.alert { padding: 0.75rem 1rem; margin: 0 0 1rem; border-radius: 6px; border: 2px solid #a3160b; background: #fff1f0; color: #7a0f07; }
.note { color: #3c4257; }
.back { margin: 1.5rem 0 0; }
`;
