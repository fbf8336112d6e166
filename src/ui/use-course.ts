import { completionPercent } from '../course/completion';
import { useProgressSelector } from '../app/course-context';
import { courseScore } from '../course/scoring';

/** Narrow selectors over the progress actor, so screens re-render only on what they show. */
export function useCatalog() {
  return useProgressSelector((s) => s.context.catalog);
}

export function useFacts() {
  return useProgressSelector((s) => s.context.facts);
}

export function useCompletion(): number {
  return useProgressSelector((s) => completionPercent(s.context.catalog, s.context.facts));
}

export function useCourseScore(): number | null {
  return useProgressSelector((s) => courseScore(s.context.catalog, s.context.facts));
}

/** Whether every lesson, check and role-play is done, as the progress machine has judged it. */
export function useCourseComplete(): boolean {
  return useProgressSelector((s) => s.hasTag('complete'));
}

/** Whether the finished course reached the pass mark, as the progress machine has judged it. */
export function useCoursePassed(): boolean {
  return useProgressSelector((s) => s.hasTag('passed'));
}
