import type { CourseCatalog, LessonEntry, ModuleEntry, ScenarioEntry } from './catalog';
import { lessonStatus } from './completion';
import type { Band, ProgressFacts } from './progress-facts';
import { courseScore } from './scoring';

export interface ShortRolePlay {
  readonly scenario: ScenarioEntry;
  /** Best ending so far; null when never finished. */
  readonly best: Band | null;
}

export interface ModuleShortfall {
  readonly module: ModuleEntry;
  readonly rolePlays: readonly ShortRolePlay[];
}

export interface StillToDo {
  /** Lessons not yet done: visited with every check answered and every role-play finished. */
  readonly lessons: readonly LessonEntry[];
  /** Per graded module, the role-plays whose best ending is below WOW: replaying them raises the score. */
  readonly modules: readonly ModuleShortfall[];
  /**
   * The score the learner would have with every role-play ended in WOW. Knowledge checks count the
   * first answer only, so this is the most this attempt can reach.
   */
  readonly bestReachable: number | null;
}

/** What a learner who has not yet met the completion rule can still do about it. */
export function stillToDo(catalog: CourseCatalog, facts: ProgressFacts): StillToDo {
  const lessons = catalog.lessons.filter((l) => lessonStatus(l, facts) !== 'done');
  const modules = catalog.modules
    .filter((m) => m.graded)
    .map((module) => ({
      module,
      rolePlays: catalog.lessons
        .filter((l) => l.moduleId === module.id)
        .flatMap((l) => l.scenarioIds)
        .map((id) => catalog.scenarios.find((s) => s.id === id))
        .filter((s): s is ScenarioEntry => Boolean(s))
        .map((scenario) => ({ scenario, best: facts.scenarios[scenario.id]?.best ?? null }))
        .filter(({ best }) => best !== 'wow'),
    }))
    .filter(({ rolePlays }) => rolePlays.length > 0);
  const allWow = Object.fromEntries(
    catalog.scenarios.map((s) => [s.id, { played: facts.scenarios[s.id]?.played ?? 1, best: 'wow' as const }]),
  );
  return { lessons, modules, bestReachable: courseScore(catalog, { ...facts, scenarios: allWow }) };
}
