const SLOT_FORMAT = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
});

/**
 * A slot's wall-clock start, already in the viewer's zone ('2026-03-04', '09:00'),
 * as "Wed, Mar 4, 9:00 AM". Formatted as UTC so no zone shifts it a second time.
 */
export function slotLabel(localDate: string, localTime: string): string {
  const [year, month, day] = localDate.split('-').map(Number);
  const [hour, minute] = localTime.split(':').map(Number);
  if ([year, month, day, hour, minute].some((part) => !Number.isFinite(part))) return `${localDate} ${localTime}`;
  return SLOT_FORMAT.format(new Date(Date.UTC(year, month - 1, day, hour, minute)));
}
