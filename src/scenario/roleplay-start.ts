import type { RoleplayRequest } from '../app/course.machine';
import type { Scenario } from './scenario';
import { createScenarioMachine } from './scenario.machine';

/** Asks the course for a run of a role-play, bringing the machine compiled from its scenario. */
export function roleplayStart(scenario: Scenario, run: number): RoleplayRequest {
  return { type: 'roleplay.start', scenarioId: scenario.id, run, logic: createScenarioMachine(scenario) };
}
