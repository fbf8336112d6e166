import { whereOf, type RecordedAnswer } from './answers';
import { optionOfResponse, replyOfResponse, type ReportCourse } from './course-model';

/** One step of a path through a role-play. */
export interface PathStep {
  readonly sceneId: string;
  readonly replyId: string;
}

export interface PathCount {
  readonly steps: readonly PathStep[];
  /** The ending the path led to; null when the learner stopped before one. */
  readonly endingId: string | null;
  readonly learners: number;
}

export interface ScenarioTally {
  readonly scenarioId: string;
  /** Learners with at least one reply. */
  readonly learners: number;
  /** Replies chosen, by scene then reply; a scene visited twice on a loop counts twice. */
  readonly choiceCounts: Record<string, Record<string, number>>;
  /** Learners who answered in each scene (each once, however often a loop brought them back). */
  readonly sceneLearners: Record<string, number>;
  /** Learners who reached each ending, derived from where their last reply leads. */
  readonly endingCounts: Record<string, number>;
  /** Learners whose replies stop before an ending (the course was left mid role-play). */
  readonly unfinished: number;
  /** Every distinct path, most learners first. */
  readonly paths: readonly PathCount[];
}

export interface CheckTally {
  readonly checkId: string;
  /** Learners with a first answer. */
  readonly learners: number;
  readonly rightFirstTry: number;
  /** Learners whose first answer included each option. */
  readonly optionCounts: Record<string, number>;
  /** Wrong options that drew more learners than a right one: the question may confuse. */
  readonly misleading: readonly string[];
}

export interface ReportTally {
  readonly learners: number;
  readonly answers: number;
  readonly scenarios: ReadonlyMap<string, ScenarioTally>;
  readonly checks: ReadonlyMap<string, CheckTally>;
  /** Learners with any answer in each module. */
  readonly moduleLearners: ReadonlyMap<string, number>;
  /** Answers that name a question or choice this course does not have (an older version, another course). */
  readonly unmatched: { readonly count: number; readonly examples: readonly string[] };
}

type Counts = Record<string, number>;

interface ScenarioWork {
  learners: number;
  unfinished: number;
  choiceCounts: Record<string, Counts>;
  sceneLearners: Counts;
  endingCounts: Counts;
  paths: Map<string, PathCount>;
}

interface CheckWork {
  learners: number;
  right: number;
  optionCounts: Counts;
}

const RIGHT = new Set(['correct', 'true', 'wow']);

/** The learner's answers in the order given: attempt, then time where both have one, then as read. */
function inOrder(answers: readonly { answer: RecordedAnswer; index: number }[]) {
  return [...answers].sort(
    (a, b) =>
      a.answer.attempt - b.answer.attempt ||
      (a.answer.at !== null && b.answer.at !== null ? a.answer.at - b.answer.at : 0) ||
      a.index - b.index,
  );
}

const bump = (counts: Record<string, number>, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

/**
 * Counts what learners chose. A knowledge check counts each learner's first answer (the course
 * scores first tries). A role-play counts each learner's first run, the one the course journals,
 * from their earliest attempt; it ends where a reply leads to an ending. Endings are not recorded
 * by the course: each is derived from the scenario graph, from where the learner's last reply leads.
 */
export function tallyAnswers(course: ReportCourse, answers: readonly RecordedAnswer[]): ReportTally {
  const byLearner = new Map<string, { answer: RecordedAnswer; index: number }[]>();
  answers.forEach((answer, index) => {
    let list = byLearner.get(answer.learner);
    if (!list) byLearner.set(answer.learner, (list = []));
    list.push({ answer, index });
  });

  const unmatched: string[] = [];
  let unmatchedCount = 0;
  const miss = (answer: RecordedAnswer) => {
    unmatchedCount += 1;
    if (unmatched.length < 5) unmatched.push(whereOf(answer));
  };

  const scenarioWork = new Map<string, ScenarioWork>(
    [...course.scenarios.keys()].map((id) => [
      id,
      { learners: 0, unfinished: 0, choiceCounts: {}, sceneLearners: {}, endingCounts: {}, paths: new Map() },
    ]),
  );
  const checkWork = new Map<string, CheckWork>(
    [...course.checks.keys()].map((id) => [id, { learners: 0, right: 0, optionCounts: {} }]),
  );
  const moduleLearners = new Map<string, number>();

  for (const list of byLearner.values()) {
    const ordered = inOrder(list).map((e) => e.answer);
    const modulesSeen = new Set<string>();
    const checksSeen = new Set<string>();
    const runs = new Map<string, RecordedAnswer[]>();
    for (const answer of ordered) {
      const q = answer.question;
      if (q.kind === 'check') {
        const check = course.checks.get(q.checkId);
        const work = checkWork.get(q.checkId);
        if (!check || !work) {
          miss(answer);
          continue;
        }
        if (checksSeen.has(q.checkId)) continue; // only the first try counts
        const options = answer.response.map((t) => optionOfResponse(check, t));
        if (options.some((o) => o === null)) {
          miss(answer);
          continue;
        }
        checksSeen.add(q.checkId);
        modulesSeen.add(check.moduleId);
        work.learners += 1;
        const chosen = new Set(options as string[]);
        for (const option of chosen) bump(work.optionCounts, option);
        const computed = chosen.size > 0 && check.options.every((o) => o.correct === chosen.has(o.id));
        if (answer.result !== null ? RIGHT.has(answer.result.toLowerCase()) : computed) work.right += 1;
      } else {
        if (!course.scenarios.has(q.scenarioId)) {
          miss(answer);
          continue;
        }
        let run = runs.get(q.scenarioId);
        if (!run) runs.set(q.scenarioId, (run = []));
        // A later LMS attempt replays the role-play from the start: only the first attempt's run counts.
        if (run.length > 0 && run[0]?.attempt !== answer.attempt) continue;
        run.push(answer);
      }
    }

    for (const [scenarioId, run] of runs) {
      const scenario = course.scenarios.get(scenarioId);
      const work = scenarioWork.get(scenarioId);
      if (!scenario || !work) continue;
      const endingIds = new Set(scenario.map.endings.map((e) => e.id));
      const steps: PathStep[] = [];
      let endingId: string | null = null;
      for (const answer of run) {
        if (endingId !== null) break; // the run is over; anything after is a replay the course does not journal
        const q = answer.question as { sceneId: string };
        const replyId =
          answer.response.length === 1 ? replyOfResponse(scenario, q.sceneId, answer.response[0] ?? '') : null;
        if (replyId === null) {
          miss(answer);
          continue;
        }
        steps.push({ sceneId: q.sceneId, replyId });
        const next = scenario.map.scenes.find((s) => s.id === q.sceneId)?.replies.find((r) => r.id === replyId)?.next;
        if (next !== undefined && endingIds.has(next)) endingId = next;
      }
      if (steps.length === 0) continue;
      work.learners += 1;
      if (scenario.moduleId) modulesSeen.add(scenario.moduleId);
      for (const step of steps) {
        work.choiceCounts[step.sceneId] ??= {};
        bump(work.choiceCounts[step.sceneId] as Record<string, number>, step.replyId);
      }
      for (const sceneId of new Set(steps.map((s) => s.sceneId))) bump(work.sceneLearners, sceneId);
      if (endingId === null) work.unfinished += 1;
      else bump(work.endingCounts, endingId);
      const key = `${steps.map((s) => `${s.sceneId}\u0000${s.replyId}`).join('\u0001')}\u0002${endingId ?? ''}`;
      const known = work.paths.get(key);
      work.paths.set(key, { steps: known?.steps ?? steps, endingId, learners: (known?.learners ?? 0) + 1 });
    }
    for (const moduleId of modulesSeen) moduleLearners.set(moduleId, (moduleLearners.get(moduleId) ?? 0) + 1);
  }

  const scenarios = new Map<string, ScenarioTally>();
  for (const [scenarioId, work] of scenarioWork)
    scenarios.set(scenarioId, {
      scenarioId,
      learners: work.learners,
      unfinished: work.unfinished,
      choiceCounts: work.choiceCounts,
      sceneLearners: work.sceneLearners,
      endingCounts: work.endingCounts,
      paths: [...work.paths.values()].sort((a, b) => b.learners - a.learners || a.steps.length - b.steps.length),
    });
  const checks = new Map<string, CheckTally>();
  for (const [checkId, work] of checkWork) {
    const check = course.checks.get(checkId);
    const count = (id: string) => work.optionCounts[id] ?? 0;
    const right = check?.options.filter((o) => o.correct) ?? [];
    const leastRight = Math.min(...right.map((o) => count(o.id)));
    const misleading = check?.options.filter((o) => !o.correct && count(o.id) > leastRight).map((o) => o.id) ?? [];
    checks.set(checkId, {
      checkId,
      learners: work.learners,
      rightFirstTry: work.right,
      optionCounts: work.optionCounts,
      misleading,
    });
  }
  return {
    learners: byLearner.size,
    answers: answers.length,
    scenarios,
    checks,
    moduleLearners,
    unmatched: { count: unmatchedCount, examples: unmatched },
  };
}
