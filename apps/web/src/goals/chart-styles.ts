/**
 * How each series is drawn. Colour is never the only difference: each also has its own
 * dash pattern and marker shape, so the lines stay distinct in greyscale and for colour-blind readers.
 */
export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  marker: 'circle' | 'square' | 'triangle' | 'diamond';
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: 'var(--mantine-color-rapportTeal-7)', dash: undefined, marker: 'circle' },
  { color: 'var(--mantine-color-violet-7)', dash: '6 4', marker: 'square' },
  { color: 'var(--mantine-color-orange-8)', dash: '2 3', marker: 'triangle' },
  { color: 'var(--mantine-color-blue-8)', dash: '10 3 2 3', marker: 'diamond' },
];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length];
}
