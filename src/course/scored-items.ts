import type { CheckEntry, CourseCatalog, ScenarioEntry } from './catalog';

/** Lessons in ungraded modules. The opening module is one: its practice questions count nowhere. */
function practiceLessonIds(catalog: CourseCatalog): ReadonlySet<string> {
  const practice = new Set(catalog.modules.filter((m) => !m.graded).map((m) => m.id));
  return new Set(catalog.lessons.filter((l) => practice.has(l.moduleId)).map((l) => l.id));
}

/**
 * The checks and role-plays the score is made of: those in graded modules, which each have a
 * module card on the results screen. One list, so the score, the module cards and the LMS agree.
 */
export function scoredItems(catalog: CourseCatalog): { checks: CheckEntry[]; scenarios: ScenarioEntry[] } {
  const practice = practiceLessonIds(catalog);
  return {
    checks: catalog.checks.filter((c) => !practice.has(c.lessonId)),
    scenarios: catalog.scenarios.filter((s) => s.lessonId === null || !practice.has(s.lessonId)),
  };
}

/** Whether this check's first answer counts towards the score, or is practice. */
export function isScoredCheck(catalog: CourseCatalog, checkId: string): boolean {
  return scoredItems(catalog).checks.some((c) => c.id === checkId);
}
