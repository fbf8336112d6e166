import { checkWording } from 'virtual:check-wording';
import { useProgressSelector } from '../app/course-context';
import type { CheckEntry } from '../course/catalog';

/** What the learner reads of one option: its words, and the feedback shown after answering. */
export interface CheckOptionWording {
  readonly id: string;
  readonly text: string;
  readonly feedback: string;
}

/**
 * What the learner reads of a knowledge check. The build extracts it with the catalogue but ships
 * it apart, in a module only lessons import, so the start screen does not download it.
 */
export interface CheckWording {
  readonly question: string;
  readonly options: readonly CheckOptionWording[];
}

/** A knowledge check as the lesson shows it: the catalogue's scoring with the author's words. */
export interface CheckContent extends Omit<CheckEntry, 'options'> {
  readonly question: string;
  readonly options: ReadonlyArray<CheckEntry['options'][number] & CheckOptionWording>;
}

/** The check with this id; the content checker guarantees both halves are there. */
export function useCheckContent(id: string): CheckContent {
  const entry = useProgressSelector((s) => s.context.catalog.checks.find((c) => c.id === id));
  const wording = checkWording[id];
  if (!entry || !wording) throw new Error(`knowledge check "${id}" is not in the course catalogue`);
  return {
    ...entry,
    question: wording.question,
    options: entry.options.map((option) => {
      const words = wording.options.find((o) => o.id === option.id);
      return { ...option, text: words?.text ?? '', feedback: words?.feedback ?? '' };
    }),
  };
}
