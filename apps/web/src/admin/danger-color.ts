// Mantine's stock red-6 button falls below 4.5:1 with white text; red-9 keeps it readable.
export const DANGER_COLOR = 'red.9';
