// Pure layout for the hand-drawn line chart: where each value sits in the SVG.
// Check-ins are spaced evenly (they are irregular in time, and evenly spaced points
// keep each one readable); the dates label the x axis.

export interface ChartFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const DEFAULT_FRAME: ChartFrame = { width: 400, height: 220, left: 34, right: 12, top: 12, bottom: 34 };

export interface PlotPoint {
  index: number;
  x: number;
  y: number;
  value: number;
}

export function xFor(index: number, count: number, frame: ChartFrame): number {
  const plotWidth = frame.width - frame.left - frame.right;
  if (count <= 1) return frame.left + plotWidth / 2;
  return frame.left + (plotWidth * index) / (count - 1);
}

export function yFor(value: number, yMax: number, frame: ChartFrame): number {
  const plotHeight = frame.height - frame.top - frame.bottom;
  const clamped = Math.min(Math.max(value, 0), yMax);
  return frame.top + plotHeight * (1 - clamped / yMax);
}

/** The plotted points of one series; missing values (null) are skipped. */
export function plotPoints(values: readonly (number | null)[], yMax: number, frame: ChartFrame): PlotPoint[] {
  return values.flatMap((value, index) =>
    value === null ? [] : [{ index, value, x: xFor(index, values.length, frame), y: yFor(value, yMax, frame) }],
  );
}

/**
 * An SVG path through the points, broken where a value is missing, so a gap in the
 * data reads as a gap rather than as a straight line across it.
 */
export function linePath(points: readonly PlotPoint[]): string {
  return points
    .map((point, position) => {
      const joined = position > 0 && points[position - 1].index === point.index - 1;
      return `${joined ? 'L' : 'M'}${round(point.x)},${round(point.y)}`;
    })
    .join(' ');
}

/** Tick values from 0 in steps up to yMax; yMax itself too unless it would crowd the last step (25 and 27). */
export function yTicks(yMax: number, step: number): number[] {
  const ticks: number[] = [];
  for (let value = 0; value <= yMax; value += step) ticks.push(value);
  if (yMax - ticks[ticks.length - 1] >= step / 2) ticks.push(yMax);
  return ticks;
}

/** Which x labels to print so they never crowd: at most `maxLabels`, always the first and last. */
export function labelledIndexes(count: number, maxLabels = 6): number[] {
  if (count <= maxLabels) return Array.from({ length: count }, (_, index) => index);
  const step = (count - 1) / (maxLabels - 1);
  return [...new Set(Array.from({ length: maxLabels }, (_, position) => Math.round(position * step)))];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
