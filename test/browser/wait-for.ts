import type { Locator } from 'playwright-core';

/** Long enough for a lazy-loaded lesson on a slow machine, well inside the browser tests' own timeout. */
const TIMEOUT_MS = 10_000;

async function waitState(locator: Locator, state: 'visible' | 'hidden', timeout: number): Promise<void> {
  try {
    await locator.waitFor({ state, timeout });
  } catch (error) {
    throw new Error(`expected ${locator.toString()} to be ${state} within ${timeout} ms`, { cause: error });
  }
}

/**
 * Waits until the learner can see exactly one element matching `locator`, as Playwright's
 * `toBeVisible` would, and fails naming the locator if that never happens.
 */
export function waitVisible(locator: Locator, timeout = TIMEOUT_MS): Promise<void> {
  return waitState(locator, 'visible', timeout);
}

/** Waits until nothing matching `locator` is visible (hidden or gone), and fails naming it otherwise. */
export function waitHidden(locator: Locator, timeout = TIMEOUT_MS): Promise<void> {
  return waitState(locator, 'hidden', timeout);
}
