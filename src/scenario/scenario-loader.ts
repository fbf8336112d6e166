import { scenarioLoaders } from 'virtual:scenario-loaders';
import type { Scenario } from './scenario';

const pending = new Map<string, Promise<Scenario>>();

export function hasScenario(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(scenarioLoaders, id);
}

/**
 * Loads a scenario's chunk once and shares the promise, as React's `use` needs the same promise
 * on every render. A failure is kept, so React's own re-render shows it rather than hiding it.
 */
export function loadScenario(id: string): Promise<Scenario> {
  const known = pending.get(id);
  if (known) return known;
  const load = scenarioLoaders[id];
  const promise = load ? load().then((module) => module.scenario) : Promise.reject(new Error(`No scenario "${id}"`));
  pending.set(id, promise);
  return promise;
}

/** Drops a failed load, so that the learner's "try again" fetches afresh. */
export function forgetScenario(id: string): void {
  pending.delete(id);
}
