import type { CourseCatalog } from '../course/catalog';
import type { Band } from '../course/progress-facts';
import type { CheckReport } from '../course/progress.machine';
import type { ReplyChosen } from '../scenario/scenario.machine';
import { moduleObjectiveId, scenarioObjectiveId } from './progress-report';

/** One chosen option: its stable id, and the letter SCORM 1.2 needs when its position is known. */
export interface Choice {
  readonly id: string;
  readonly letter: string | null;
}

export type InteractionResult = 'correct' | 'neutral' | 'incorrect';

/** One learner choice, in terms of neither SCORM version. */
export interface InteractionReport {
  /** `check.<checkId>` or `scenario.<scenarioId>.<sceneId>`: the question, never the answer. */
  readonly id: string;
  /** For a role-play reply: the scene it answered. */
  readonly scene?: { readonly scenarioId: string; readonly sceneId: string };
  readonly objectiveId: string | null;
  readonly response: readonly Choice[];
  /** The right answer, when the course knows one. */
  readonly correctResponse: readonly Choice[] | null;
  readonly result: InteractionResult;
  readonly latencyMs: number;
  /** When the learner answered, in epoch milliseconds. */
  readonly at: number;
  /** The prompt, shortened, for LMS reports that can show it (SCORM 2004 only). */
  readonly description: string;
}

/**
 * Longest description sent, in characters. Enough to recognise the question in an LMS report;
 * Moodle resends every description on every commit, so the journal must stay small.
 */
export const DESCRIPTION_MAX = 80;

/** The prompt on one line, cut at a word with an ellipsis when longer than DESCRIPTION_MAX; never inside a character. */
export function shortDescription(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= DESCRIPTION_MAX) return chars.join('');
  const cut = chars.slice(0, DESCRIPTION_MAX - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length - 20 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A scenario's bands map onto SCORM results: a WOW reply is right, mediocrity is neither, misery is wrong. */
export const BAND_RESULT: Readonly<Record<Band, InteractionResult>> = {
  wow: 'correct',
  mediocrity: 'neutral',
  misery: 'incorrect',
};

const optionChoice = (id: string): Choice => ({ id, letter: /^[a-z0-9]$/.test(id) ? id : null });

export function checkInteraction(catalog: CourseCatalog, report: CheckReport, at: number): InteractionReport {
  const check = catalog.checks.find((c) => c.id === report.checkId);
  const lesson = catalog.lessons.find((l) => l.id === check?.lessonId);
  const graded = catalog.modules.find((m) => m.id === lesson?.moduleId)?.graded ?? false;
  return {
    id: `check.${report.checkId}`,
    objectiveId: graded && lesson ? moduleObjectiveId(lesson.moduleId) : null,
    response: report.answer.map(optionChoice),
    correctResponse: check ? check.options.filter((o) => o.correct).map((o) => optionChoice(o.id)) : null,
    result: report.correct ? 'correct' : 'incorrect',
    latencyMs: report.latencyMs,
    at,
    description: shortDescription(report.prompt),
  };
}

export function replyInteraction(catalog: CourseCatalog, report: ReplyChosen, at: number): InteractionReport {
  const known = catalog.scenarios.some((s) => s.id === report.scenarioId);
  return {
    id: `scenario.${report.scenarioId}.${report.sceneId}`,
    scene: { scenarioId: report.scenarioId, sceneId: report.sceneId },
    objectiveId: known ? scenarioObjectiveId(report.scenarioId) : null,
    // Its SCORM 1.2 letter is the adapter's business: it loads the scenes' reply order with its data model.
    response: [{ id: report.replyId, letter: null }],
    correctResponse: null,
    result: BAND_RESULT[report.band],
    latencyMs: report.latencyMs,
    at,
    description: shortDescription(report.prompt),
  };
}
