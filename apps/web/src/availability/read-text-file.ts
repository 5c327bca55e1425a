/** The API takes calendar files up to 1 MB of text. */
export const MAX_ICS_BYTES = 1_000_000;

/** Reads a chosen file as UTF-8 text. */
export function readTextFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}
