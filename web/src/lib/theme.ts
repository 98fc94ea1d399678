import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  respectReducedMotion: true,
  // Shade 8 keeps white text on buttons, and links on white, at WCAG AA contrast.
  primaryShade: { light: 8, dark: 6 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif',
  headings: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif',
  },
});

// Text on light tinted backgrounds (alerts, badges) and dimmed text, darkened to meet 4.5:1.
const TINTED = [
  'red',
  'yellow',
  'green',
  'blue',
  'teal',
  'orange',
  'gray',
  'indigo',
  'dark',
  'cyan',
  'grape',
];

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Field error text: red 6 is 3.3:1 on white; red 9 is 5.4:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      TINTED.map((c) => [
        `--mantine-color-${c}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${c}-9) 55%, black)`,
      ]),
    ),
  },
  dark: {},
});
