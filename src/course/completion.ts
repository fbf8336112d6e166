import type { CourseCatalog, LessonEntry } from './catalog';
import type { ProgressFacts } from './progress-facts';

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

/**
 * A lesson is done once visited with every knowledge check answered and every scenario in it
 * finished at least once; visited but unfinished is in progress.
 */
export function lessonStatus(lesson: LessonEntry, facts: ProgressFacts): LessonStatus {
  if (!facts.visited.includes(lesson.id)) return 'not-started';
  const checksDone = lesson.checkIds.every((id) => id in facts.checks);
  const scenariosDone = lesson.scenarioIds.every((id) => id in facts.scenarios);
  return checksDone && scenariosDone ? 'done' : 'in-progress';
}

interface CompletionItems {
  readonly done: number;
  readonly total: number;
}

function completionItems(catalog: CourseCatalog, facts: ProgressFacts): CompletionItems {
  const lessonsDone = catalog.lessons.filter((l) => facts.visited.includes(l.id)).length;
  const checksDone = catalog.checks.filter((c) => c.id in facts.checks).length;
  const scenariosDone = catalog.scenarios.filter((s) => s.id in facts.scenarios).length;
  return {
    done: lessonsDone + checksDone + scenariosDone,
    total: catalog.lessons.length + catalog.checks.length + catalog.scenarios.length,
  };
}

/** Whole-course completion, 0–100: every lesson visited, check answered and scenario finished. */
export function completionPercent(catalog: CourseCatalog, facts: ProgressFacts): number {
  const { done, total } = completionItems(catalog, facts);
  return total === 0 ? 100 : Math.floor((done / total) * 100);
}

export function isCourseComplete(catalog: CourseCatalog, facts: ProgressFacts): boolean {
  const { done, total } = completionItems(catalog, facts);
  return done === total;
}

export function moduleStatus(catalog: CourseCatalog, moduleId: string, facts: ProgressFacts): LessonStatus {
  const lessons = catalog.lessons.filter((l) => l.moduleId === moduleId);
  const statuses = lessons.map((l) => lessonStatus(l, facts));
  if (statuses.every((s) => s === 'done')) return 'done';
  if (statuses.every((s) => s === 'not-started')) return 'not-started';
  return 'in-progress';
}
