import type { CourseCatalog, ModuleEntry, ScenarioEntry } from './catalog';
import { moduleStatus, type LessonStatus } from './completion';
import type { ProgressFacts, ScenarioRecord } from './progress-facts';

export interface ScenarioResult {
  readonly scenario: ScenarioEntry;
  readonly record: ScenarioRecord | null;
}

export interface ModuleResult {
  readonly module: ModuleEntry;
  readonly status: LessonStatus;
  readonly checksCorrect: number;
  readonly checksAnswered: number;
  readonly checksTotal: number;
  readonly scenarios: readonly ScenarioResult[];
}

/** Per-module results for the closing screen, from the same facts the LMS receives. */
export function moduleResults(catalog: CourseCatalog, facts: ProgressFacts): ModuleResult[] {
  return catalog.modules
    .filter((m) => m.graded)
    .map((module) => {
      const lessons = catalog.lessons.filter((l) => l.moduleId === module.id);
      const checkIds = lessons.flatMap((l) => l.checkIds);
      const scenarioIds = lessons.flatMap((l) => l.scenarioIds);
      return {
        module,
        status: moduleStatus(catalog, module.id, facts),
        checksCorrect: checkIds.filter((id) => facts.checks[id]?.correct).length,
        checksAnswered: checkIds.filter((id) => id in facts.checks).length,
        checksTotal: checkIds.length,
        scenarios: scenarioIds
          .map((id) => catalog.scenarios.find((s) => s.id === id))
          .filter((s): s is ScenarioEntry => Boolean(s))
          .map((scenario) => ({ scenario, record: facts.scenarios[scenario.id] ?? null })),
      };
    });
}
