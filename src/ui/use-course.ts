import { completionPercent } from '../course/completion';
import { ProgressContext } from '../course/progress-context';
import { courseScore } from '../course/scoring';

/** Narrow selectors over the progress actor, so screens re-render only on what they show. */
export function useCatalog() {
  return ProgressContext.useSelector((s) => s.context.catalog);
}

export function useFacts() {
  return ProgressContext.useSelector((s) => s.context.facts);
}

export function useCompletion(): number {
  return ProgressContext.useSelector((s) => completionPercent(s.context.catalog, s.context.facts));
}

export function useCourseScore(): number | null {
  return ProgressContext.useSelector((s) => courseScore(s.context.catalog, s.context.facts));
}
