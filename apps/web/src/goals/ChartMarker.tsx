import type { SeriesStyle } from './chart-styles';

/** A data point's marker: the series' shape, centred on (x, y). */
export function ChartMarker({ x, y, style, size = 4 }: { x: number; y: number; style: SeriesStyle; size?: number }) {
  switch (style.marker) {
    case 'circle':
      return <circle cx={x} cy={y} r={size} fill={style.color} />;
    case 'square':
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} fill={style.color} />;
    case 'triangle':
      return <polygon points={`${x},${y - size - 1} ${x + size + 1},${y + size} ${x - size - 1},${y + size}`} fill={style.color} />;
    case 'diamond':
      return <polygon points={`${x},${y - size - 1} ${x + size + 1},${y} ${x},${y + size + 1} ${x - size - 1},${y}`} fill={style.color} />;
  }
}
