import type { CourseCatalog, LessonEntry } from './catalog';
import { lessonStatus } from './completion';
import type { ProgressFacts } from './progress-facts';

export interface LessonPosition {
  readonly lesson: LessonEntry;
  readonly moduleTitle: string;
  /** 1-based position within its module. */
  readonly index: number;
  readonly count: number;
  readonly previous: LessonEntry | null;
  readonly next: LessonEntry | null;
}

/** Lessons in the order a learner meets them: module folder order, then file order. */
export function orderedLessons(catalog: CourseCatalog): LessonEntry[] {
  return catalog.modules.flatMap((m) =>
    m.lessonIds.map((id) => catalog.lessons.find((l) => l.id === id)).filter((l): l is LessonEntry => Boolean(l)),
  );
}

export function lessonPosition(catalog: CourseCatalog, lessonId: string): LessonPosition | null {
  const lessons = orderedLessons(catalog);
  const at = lessons.findIndex((l) => l.id === lessonId);
  const lesson = lessons[at];
  if (!lesson) return null;
  const module = catalog.modules.find((m) => m.id === lesson.moduleId);
  return {
    lesson,
    moduleTitle: module?.title ?? '',
    index: (module?.lessonIds.indexOf(lesson.id) ?? 0) + 1,
    count: module?.lessonIds.length ?? 1,
    previous: lessons[at - 1] ?? null,
    next: lessons[at + 1] ?? null,
  };
}

/** Where "Continue where you left off" goes: the saved location, else the first unfinished lesson. */
export function resumeLessonId(catalog: CourseCatalog, facts: ProgressFacts): string | null {
  const lessons = orderedLessons(catalog);
  if (facts.location && lessons.some((l) => l.id === facts.location)) return facts.location;
  return (lessons.find((l) => lessonStatus(l, facts) !== 'done') ?? lessons[0])?.id ?? null;
}

export function totalMinutes(catalog: CourseCatalog): number {
  return catalog.lessons.reduce((sum, l) => sum + l.minutes, 0);
}
