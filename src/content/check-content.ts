import type { CheckEntry, CheckOptionEntry } from '../course/catalog';
import { useProgressSelector } from '../app/course-context';

/** A knowledge-check option as the build extracts it, with the feedback the learner reads after answering. */
export interface CheckOptionContent extends CheckOptionEntry {
  readonly feedback: string;
}

/** A knowledge check as the catalogue holds it: everything the learner sees, taken from the lesson file. */
export interface CheckContent extends CheckEntry {
  readonly options: readonly CheckOptionContent[];
}

function isCheckContent(check: CheckEntry): check is CheckContent {
  return check.options.every((option) => 'feedback' in option && typeof option.feedback === 'string');
}

/** The check with this id, from the catalogue the build extracted; the content checker guarantees it is there. */
export function useCheckContent(id: string): CheckContent {
  const check = useProgressSelector((s) => s.context.catalog.checks.find((c) => c.id === id));
  if (!check || !isCheckContent(check)) throw new Error(`knowledge check "${id}" is not in the course catalogue`);
  return check;
}
