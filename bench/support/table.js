'use strict';
// Plain-text tables for benchmark output: a header row per section, rows indented under it.

const COLUMNS = [
  { key: 'name', align: 'left' },
  { key: 'range', align: 'left' },
  { key: 'n', align: 'right' },
  { key: 'p50', align: 'right', label: 'p50 ms' },
  { key: 'p95', align: 'right', label: 'p95 ms' },
  { key: 'p99', align: 'right', label: 'p99 ms' },
  { key: 'mean', align: 'right', label: 'mean ms' },
  { key: 'slots', align: 'right' },
  { key: 'perSecond', align: 'right', label: 'req/s' },
];

const formatMs = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '');

/** One printable row from a measurement; `digits` suits the scale (µs-range engine vs ms-range HTTP). */
function row(name, range, measurement, { slots = '', digits = 3 } = {}) {
  return {
    name: `  ${name}`,
    range,
    n: String(measurement.n),
    p50: formatMs(measurement.p50, digits),
    p95: formatMs(measurement.p95, digits),
    p99: formatMs(measurement.p99, digits),
    mean: formatMs(measurement.mean, digits),
    slots: String(slots),
    perSecond: measurement.perSecond === undefined ? '' : measurement.perSecond.toFixed(0),
  };
}

/** sections: [{ title, rows }]; every section's title takes the name column of a header row. */
function renderTable(sections) {
  const headers = sections.map((section) =>
    Object.fromEntries(COLUMNS.map((column) => [column.key, column.key === 'name' ? section.title : column.label ?? column.key])),
  );
  const all = [...headers, ...sections.flatMap((section) => section.rows)];
  const widths = COLUMNS.map((column) => Math.max(...all.map((line) => String(line[column.key] ?? '').length)));
  const render = (line) =>
    COLUMNS.map((column, index) => {
      const text = String(line[column.key] ?? '');
      return column.align === 'left' ? text.padEnd(widths[index]) : text.padStart(widths[index]);
    })
      .join('  ')
      .trimEnd();
  return sections.map((section, index) => [render(headers[index]), ...section.rows.map(render)].join('\n')).join('\n');
}

module.exports = { row, renderTable };
