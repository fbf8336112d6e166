import { meetsCompletionRule } from '../course/completion-rule';
import type { CourseCatalog, ModuleEntry } from '../course/catalog';
import { completionPercent, isCourseComplete, lessonStatus, moduleStatus } from '../course/completion';
import type { ProgressFacts } from '../course/progress-facts';
import { BAND_POINTS, courseScore, hasPassed } from '../course/scoring';
import { reportedStatus, type ReportedStatus } from './reported-status';

export interface ObjectiveReport {
  /** `module.<moduleId>` or `scenario.<scenarioId>`. */
  readonly id: string;
  readonly description: string;
  /** 0–1. */
  readonly progress: number;
  /** 0–100, null until something in the objective is scored. */
  readonly score: number | null;
  readonly status: ReportedStatus;
}

/** What the LMS should know about the learner right now, in terms of neither SCORM version. */
export interface ProgressReport {
  readonly location: string | null;
  /** 0–1: share of lessons visited, checks answered and scenarios finished. */
  readonly progress: number;
  /** 0–100, or null while there is nothing to report. */
  readonly score: number | null;
  readonly status: ReportedStatus;
  readonly objectives: readonly ObjectiveReport[];
  /** Changes exactly when a milestone worth a commit is reached: a lesson done, a scenario ended, a new score or status. */
  readonly milestone: string;
  /** The attempt is over: the learner has nothing left to gain, so the LMS need not keep it open. */
  readonly finished: boolean;
}

export const moduleObjectiveId = (moduleId: string) => `module.${moduleId}`;
export const scenarioObjectiveId = (scenarioId: string) => `scenario.${scenarioId}`;

const pick = <T>(record: Readonly<Record<string, T>>, ids: readonly string[]): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([id]) => ids.includes(id)));

/** The course narrowed to one module, so module objectives reuse the course's own scoring and completion. */
function moduleSlice(catalog: CourseCatalog, module: ModuleEntry, facts: ProgressFacts) {
  const lessons = catalog.lessons.filter((l) => l.moduleId === module.id);
  const lessonIds = lessons.map((l) => l.id);
  const checks = catalog.checks.filter((c) => lessonIds.includes(c.lessonId));
  const scenarios = catalog.scenarios.filter((s) => s.lessonId !== null && lessonIds.includes(s.lessonId));
  const slice: CourseCatalog = { ...catalog, modules: [module], lessons, checks, scenarios };
  const sliceFacts: ProgressFacts = {
    ...facts,
    checks: pick(
      facts.checks,
      checks.map((c) => c.id),
    ),
    scenarios: pick(
      facts.scenarios,
      scenarios.map((s) => s.id),
    ),
  };
  return { slice, sliceFacts };
}

function moduleObjective(catalog: CourseCatalog, module: ModuleEntry, facts: ProgressFacts): ObjectiveReport {
  const { slice, sliceFacts } = moduleSlice(catalog, module, facts);
  const score = courseScore(slice, sliceFacts);
  const standing = moduleStatus(catalog, module.id, facts);
  return {
    id: moduleObjectiveId(module.id),
    description: module.title,
    progress: completionPercent(slice, sliceFacts) / 100,
    score,
    status: reportedStatus(catalog.config.reporting.mode, {
      started: standing !== 'not-started',
      complete: standing === 'done',
      passed: score !== null && score >= catalog.config.passMark,
    }),
  };
}

function scenarioObjectives(catalog: CourseCatalog, facts: ProgressFacts): ObjectiveReport[] {
  return catalog.scenarios.map((scenario) => {
    const record = facts.scenarios[scenario.id];
    const score = record ? BAND_POINTS[record.best] : null;
    return {
      id: scenarioObjectiveId(scenario.id),
      description: scenario.title,
      progress: record ? 1 : 0,
      score,
      status: reportedStatus(catalog.config.reporting.mode, {
        started: Boolean(record),
        complete: Boolean(record),
        passed: score !== null && score >= catalog.config.passMark,
      }),
    };
  });
}

export function buildProgressReport(catalog: CourseCatalog, facts: ProgressFacts): ProgressReport {
  const complete = isCourseComplete(catalog, facts);
  const passed = hasPassed(catalog, facts);
  const { mode, masteryScoreInManifest } = catalog.config.reporting;
  // With a mastery score in the manifest the LMS turns any score into passed or failed, so a
  // score is only reported once the course is complete.
  const score = masteryScoreInManifest && !complete ? null : courseScore(catalog, facts);
  const status = reportedStatus(mode, { started: true, complete, passed });
  const lessonsDone = catalog.lessons.filter((l) => lessonStatus(l, facts) === 'done').length;
  const plays = Object.values(facts.scenarios).reduce((sum, r) => sum + r.played, 0);
  return {
    location: facts.location,
    progress: completionPercent(catalog, facts) / 100,
    score,
    status,
    objectives: [
      ...catalog.modules.filter((m) => m.graded).map((m) => moduleObjective(catalog, m, facts)),
      ...scenarioObjectives(catalog, facts),
    ],
    milestone: [lessonsDone, plays, score ?? '', status.lessonStatus, status.completion, status.success].join('|'),
    finished: meetsCompletionRule(mode, { complete, passed }),
  };
}
