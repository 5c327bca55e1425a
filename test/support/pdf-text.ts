import { inflateSync } from 'node:zlib';

/**
 * The text a PDF made by pdfkit shows, line by line: content streams are
 * inflated when compressed, the hex strings of every `TJ` array are decoded
 * (pdfkit's standard fonts write WinAnsi bytes; kerning numbers between pieces
 * are dropped), and pieces drawn at the same height (`Tm`) join into one line.
 * Enough to search a generated document for strings; not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  let lastY: string | null = null;
  const streams = /<<([^]*?)>>\s*stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(source))) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    const raw = pdf.subarray(start, end);
    let content: string;
    try {
      content = (/\/FlateDecode/.test(match[1]) ? inflateSync(raw) : raw).toString('latin1');
    } catch {
      continue; // not a content stream we can read (fonts, images)
    }
    for (const piece of content.matchAll(/1 0 0 1 [\d.-]+ ([\d.-]+) Tm[^[]*\[([^\]]*)\]\s*TJ/g)) {
      const text = [...piece[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => Buffer.from(hex[1], 'hex').toString('latin1')).join('');
      if (piece[1] === lastY && lines.length > 0) lines[lines.length - 1] += text;
      else lines.push(text);
      lastY = piece[1];
    }
  }
  return lines.join('\n');
}
