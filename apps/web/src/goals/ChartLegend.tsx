import { Group, Text } from '@mantine/core';
import { seriesStyle } from './chart-styles';
import { ChartMarker } from './ChartMarker';

/** Each series' name beside a sample of its line and marker. */
export function ChartLegend({ names }: { names: readonly string[] }) {
  return (
    <Group gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {names.map((name, index) => {
        const style = seriesStyle(index);
        return (
          <Group key={name} component="li" gap={6} wrap="nowrap">
            <svg width="34" height="12" aria-hidden="true" focusable="false">
              <line x1="1" y1="6" x2="33" y2="6" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.dash} />
              <ChartMarker x={17} y={6} style={style} size={3.5} />
            </svg>
            <Text size="sm">{name}</Text>
          </Group>
        );
      })}
    </Group>
  );
}
