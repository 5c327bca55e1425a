import { Table, VisuallyHidden } from '@mantine/core';

interface ChartDataTableProps {
  caption: string;
  xHeader: string;
  xLabels: readonly string[];
  series: readonly { name: string; values: readonly (number | null)[] }[];
  /** How a value reads in the table, e.g. "7 (mild)". */
  formatValue?(seriesIndex: number, pointIndex: number, value: number): string;
}

/** The chart's numbers as a table: hidden on screen, read by screen readers instead of the drawing. */
export function ChartDataTable({ caption, xHeader, xLabels, series, formatValue }: ChartDataTableProps) {
  return (
    <VisuallyHidden>
      <Table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{xHeader}</th>
            {series.map((line) => (
              <th key={line.name} scope="col">
                {line.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {xLabels.map((label, pointIndex) => (
            <tr key={`${label}-${pointIndex}`}>
              <th scope="row">{label}</th>
              {series.map((line, seriesIndex) => {
                const value = line.values[pointIndex];
                return (
                  <td key={line.name}>
                    {value === null || value === undefined
                      ? 'Not recorded'
                      : (formatValue?.(seriesIndex, pointIndex, value) ?? String(value))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Table>
    </VisuallyHidden>
  );
}
