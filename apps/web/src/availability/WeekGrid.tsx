import { Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import { formatHourOfDay, formatMinutesOfDay } from '../format/dates';
import type { WindowProblems } from './time-windows';
import classes from './WeekGrid.module.css';
import { gridBlocks, gridRange } from './week-grid-layout';
import type { WeekDraft } from './week-draft';
import { WEEKDAYS } from './weekdays';

interface WeekGridProps {
  week: WeekDraft;
  problems: WindowProblems;
  /** A block was chosen: move to its start time in the editor below. */
  onSelectWindow(key: string): void;
}

/**
 * The week drawn as a grid, each window a block. Blocks are buttons that jump to their
 * time inputs, so the grid never has to be dragged: every change is made in those inputs.
 */
export function WeekGrid({ week, problems, onSelectWindow }: WeekGridProps) {
  const range = gridRange(WEEKDAYS.flatMap((day) => week[day.iso] ?? []));
  const hours = range.toHour - range.fromHour;
  const labelledHours = Array.from({ length: hours + 1 }, (_, index) => range.fromHour + index).filter((hour) => hours <= 12 || hour % 2 === 0);
  const trackStyle = { '--hour-size': `${100 / hours}%` } as CSSProperties;

  return (
    <div className={classes.grid}>
      <div>
        <div className={classes.dayName} aria-hidden="true">
          &nbsp;
        </div>
        <div className={classes.scale} aria-hidden="true">
          {labelledHours.map((hour) => (
            <span key={hour} className={classes.hourLabel} style={{ top: `${((hour - range.fromHour) / hours) * 100}%` }}>
              {formatHourOfDay(hour)}
            </span>
          ))}
        </div>
      </div>
      {WEEKDAYS.map((day) => {
        const blocks = gridBlocks(week[day.iso] ?? [], range);
        return (
          <div key={day.iso}>
            <div className={classes.dayName} aria-hidden="true">
              {day.short}
            </div>
            <div className={classes.track} style={trackStyle}>
              {blocks.map((block) => {
                const label = `${formatMinutesOfDay(block.start)} – ${formatMinutesOfDay(block.end)}`;
                const invalid = Boolean(problems[block.key]);
                return (
                  <button
                    key={block.key}
                    type="button"
                    className={classes.block}
                    style={{ top: `${block.top}%`, height: `${block.height}%` }}
                    data-invalid={invalid || undefined}
                    aria-label={`Edit ${day.name} ${label}${invalid ? ' (has a problem)' : ''}`}
                    onClick={() => onSelectWindow(block.key)}
                  >
                    {formatMinutesOfDay(block.start)}
                    <br />
                    {formatMinutesOfDay(block.end)}
                  </button>
                );
              })}
              {blocks.length === 0 && (
                <Text size="xs" c="dimmed" ta="center" pt="xs" aria-hidden="true">
                  –
                </Text>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
