// What jsdom lacks and Mantine needs, for every web test (vitest.config.ts, the web project's setupFiles).

// Mantine reads the colour scheme through matchMedia.
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  addListener: () => undefined,
  removeListener: () => undefined,
  dispatchEvent: () => false,
})) as typeof window.matchMedia;

// Table.ScrollContainer and other components watch their size.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// findBy…/waitFor wait up to 1 s by default: too short on a loaded CI machine, where a form's first
// render alone can take that. A test that should fail still fails, only later.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10_000 });
