import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A calm, deep teal. Shade 6 (the filled/primary shade) keeps white text and
// teal links above WCAG AA contrast (5.3:1 on white), which Mantine's stock teal does not.
const rapportTeal: MantineColorsTuple = [
  '#e8f6f1',
  '#d2ebe2',
  '#a4d6c5',
  '#72c0a6',
  '#49ad8c',
  '#2f9f7b',
  '#127a5f',
  '#0f6a53',
  '#0c5a46',
  '#094a3a',
];

// Every @mantine/dates component that draws a month of days.
const MONTH_GRID_COMPONENTS = [
  'Month',
  'Calendar',
  'DatePicker',
  'DatePickerInput',
  'DateInput',
  'DateTimePicker',
  'InlineDateTimePicker',
  'WeekPicker',
  'WeekPickerInput',
];

export const theme = createTheme({
  primaryColor: 'rapportTeal',
  primaryShade: 6,
  colors: { rapportTeal },
  defaultRadius: 'md',
  focusRing: 'auto',
  // People who ask their system for less motion get dialogs and menus without animation.
  respectReducedMotion: true,
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  fontSizes: { md: '1rem', lg: '1.125rem' },
  components: {
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    NativeSelect: { defaultProps: { size: 'md' } },
    MultiSelect: { defaultProps: { size: 'md' } },
    TagsInput: { defaultProps: { size: 'md' } },
    NumberInput: { defaultProps: { size: 'md' } },
    Textarea: { defaultProps: { size: 'md' } },
    // Long labels wrap (on a phone, in a narrow week column) instead of being cut off;
    // a one-line button keeps its usual height.
    Button: {
      defaultProps: { size: 'md' },
      styles: { root: { height: 'auto', minHeight: 'var(--button-height)' }, label: { whiteSpace: 'normal', textAlign: 'center', paddingBlock: 4 } },
    },
    // Filter chips with long names ("Perinatal and postpartum mental health (12)") wrap
    // inside the screen instead of running past it; a short chip keeps its usual height.
    Chip: {
      styles: {
        root: { maxWidth: '100%' },
        label: { height: 'auto', minHeight: 'var(--chip-size)', maxWidth: '100%', whiteSpace: 'normal', overflowWrap: 'anywhere', lineHeight: 1.3, paddingBlock: 4 },
      },
    },
    // Days of the neighbouring months are dimmed below WCAG AA by default; every month
    // grid hides them instead (the month arrows reach them). Named by string so
    // @mantine/dates stays out of the main bundle; global.css keeps them readable if shown.
    ...Object.fromEntries(MONTH_GRID_COMPONENTS.map((name) => [name, { defaultProps: { hideOutsideDates: true } }])),
  },
});

// Mantine's default greys and reds for secondary text, field errors and red alerts
// fall below 4.5:1 on white; darker shades keep them readable (WCAG AA).
export const cssVariablesResolver: CSSVariablesResolver = (mantineTheme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': mantineTheme.colors.gray[7],
    '--mantine-color-error': mantineTheme.colors.red[9],
    '--mantine-color-red-text': mantineTheme.colors.red[9],
    '--mantine-color-red-light-color': mantineTheme.colors.red[9],
  },
  dark: {},
});
