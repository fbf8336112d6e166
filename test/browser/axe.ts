import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core in the page against WCAG 2.2 A and AA; returns readable violations. */
export async function axeViolations(
  page: Page | Frame,
  { whileLoading = false }: { readonly whileLoading?: boolean } = {},
): Promise<string[]> {
  // Judge the page as the learner reads it: once what is loading on demand (a role-play inside a
  // lesson) has arrived, and once fading content, which has low contrast mid-animation, has
  // settled. Content that arrives late starts animations of its own, so look again until none run.
  // A test that judges the loading state itself says so.
  if (!whileLoading) await page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 30_000 });
  await page.evaluate(async () => {
    for (let round = 0; round < 20; round += 1) {
      const running = document.getAnimations().filter((a) => a.playState === 'running');
      if (running.length === 0) return;
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
      await new Promise((settled) => requestAnimationFrame(settled));
    }
  });
  // Injected through evaluate, not a script tag, so the course's Content-Security-Policy still applies to the course.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations;
  });
  return violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
