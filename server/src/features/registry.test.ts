import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FEATURES } from './registry.js';

const here = fileURLToPath(new URL('.', import.meta.url));

describe('feature registry', () => {
  it('lists every feature folder once, by its <folder>.feature.ts', async () => {
    const folders = fs
      .readdirSync(here, { withFileTypes: true })
      .filter(
        (d) => d.isDirectory() && fs.readdirSync(`${here}/${d.name}`).some((f) => f.endsWith('.service.ts')),
      )
      .map((d) => d.name)
      .sort();
    const withFile = folders.filter((f) => fs.existsSync(`${here}/${f}/${f}.feature.ts`));
    expect(withFile).toEqual(folders);
    const names = FEATURES.map((f) => f.name).sort();
    expect(names).toEqual(folders);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every service a distinct name', () => {
    // Two features adding services under one name would silently replace one of them.
    const seen = new Map<string, string>();
    const ctx = new Proxy({}, { get: () => new Proxy(() => undefined, { get: () => undefined }) });
    for (const f of FEATURES) {
      for (const key of Object.keys(f.create(ctx as never))) {
        expect(seen.get(key), `${key} in ${f.name} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, f.name);
      }
    }
  });
});
