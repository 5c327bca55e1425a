import { endMinutesOf, minutesOf } from './local-time';
import type { WindowDraft } from './time-windows';

export interface GridBlock {
  key: string;
  /** Percent of the grid's height from the top. */
  top: number;
  height: number;
  start: number;
  end: number;
}

export interface GridRange {
  /** First and last hour shown, e.g. 8 and 18. */
  fromHour: number;
  toHour: number;
}

const DEFAULT_RANGE: GridRange = { fromHour: 8, toHour: 18 };

/** Hours to draw: 08:00–18:00 at least, widened to fit every complete window. */
export function gridRange(windows: readonly WindowDraft[]): GridRange {
  let { fromHour, toHour } = DEFAULT_RANGE;
  for (const window of windows) {
    const start = minutesOf(window.startLocal);
    const end = endMinutesOf(window.endLocal);
    if (start === null || end === null || end <= start) continue;
    fromHour = Math.min(fromHour, Math.floor(start / 60));
    toHour = Math.max(toHour, Math.ceil(end / 60));
  }
  return { fromHour, toHour };
}

/** Where each complete window sits in a day column. */
export function gridBlocks(windows: readonly WindowDraft[], range: GridRange): GridBlock[] {
  const span = (range.toHour - range.fromHour) * 60;
  const blocks: GridBlock[] = [];
  for (const window of windows) {
    const start = minutesOf(window.startLocal);
    const end = endMinutesOf(window.endLocal);
    if (start === null || end === null || end <= start) continue;
    blocks.push({
      key: window.key,
      top: ((start - range.fromHour * 60) / span) * 100,
      height: ((end - start) / span) * 100,
      start,
      end,
    });
  }
  return blocks;
}
