import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core (WCAG 2.x A and AA rules and best practices) in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document): Promise<AxeResult> } };
    return w.axe.run(document);
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `${n.target.map(String).join(' ')}: ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('')}`,
        ),
    }));
}
