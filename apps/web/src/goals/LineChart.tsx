import { Stack, Title, type TitleOrder } from '@mantine/core';
import { useId } from 'react';
import { ChartDataTable } from './ChartDataTable';
import { DEFAULT_FRAME, labelledIndexes, linePath, plotPoints, xFor, yFor, yTicks } from './chart-geometry';
import { ChartLegend } from './ChartLegend';
import { ChartMarker } from './ChartMarker';
import { seriesStyle } from './chart-styles';

export interface LineSeries {
  name: string;
  /** One value per x label; null where nothing was recorded. */
  values: (number | null)[];
}

interface LineChartProps {
  title: string;
  headingOrder: TitleOrder;
  /** Short labels under the x axis ("Mar 4"). */
  xLabels: string[];
  /** Full labels for the data table ("March 4, 2026, 9:15 AM"). */
  xTableLabels: string[];
  xHeader: string;
  series: LineSeries[];
  yMax: number;
  yStep: number;
  formatValue?(seriesIndex: number, pointIndex: number, value: number): string;
}

const AXIS_TEXT = 'var(--mantine-color-gray-8)';
const GRID_LINE = 'var(--mantine-color-gray-3)';

/**
 * A small, hand-drawn SVG line chart. Sighted readers get the drawing and a legend;
 * screen readers get the same numbers as a table (the drawing names itself and points there).
 */
export function LineChart({ title, headingOrder, xLabels, xTableLabels, xHeader, series, yMax, yStep, formatValue }: LineChartProps) {
  const titleId = useId();
  const descriptionId = useId();
  const frame = DEFAULT_FRAME;
  const count = xLabels.length;

  return (
    <Stack component="figure" gap="xs" m={0}>
      <Title order={headingOrder} size="h5" id={titleId} component="figcaption">
        {title}
      </Title>
      <ChartLegend names={series.map((line) => line.name)} />
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        style={{ maxWidth: 640, height: 'auto', overflow: 'visible' }}
      >
        <desc id={descriptionId}>Line chart. The same numbers are in the table that follows.</desc>
        {yTicks(yMax, yStep).map((tick) => {
          const y = yFor(tick, yMax, frame);
          return (
            <g key={tick}>
              <line x1={frame.left} x2={frame.width - frame.right} y1={y} y2={y} stroke={GRID_LINE} strokeWidth={1} />
              <text x={frame.left - 6} y={y + 4} textAnchor="end" fontSize={11} fill={AXIS_TEXT}>
                {tick}
              </text>
            </g>
          );
        })}
        {labelledIndexes(count).map((index) => (
          <text
            key={index}
            x={xFor(index, count, frame)}
            y={frame.height - frame.bottom + 18}
            textAnchor="middle"
            fontSize={11}
            fill={AXIS_TEXT}
          >
            {xLabels[index]}
          </text>
        ))}
        {series.map((line, seriesIndex) => {
          const style = seriesStyle(seriesIndex);
          const points = plotPoints(line.values, yMax, frame);
          return (
            <g key={line.name}>
              <path d={linePath(points)} fill="none" stroke={style.color} strokeWidth={2.5} strokeDasharray={style.dash} />
              {points.map((point) => (
                <ChartMarker key={point.index} x={point.x} y={point.y} style={style} />
              ))}
            </g>
          );
        })}
      </svg>
      <ChartDataTable caption={title} xHeader={xHeader} xLabels={xTableLabels} series={series} formatValue={formatValue} />
    </Stack>
  );
}
