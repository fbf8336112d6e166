import type { ProgressReport, ObjectiveReport } from './progress-report';
import type { ReportedStatus } from './reported-status';

/** One result as the LMS already holds it; a field the LMS did not give is absent. */
export interface RecordedStanding {
  readonly status: Partial<ReportedStatus>;
  /** 0–100. */
  readonly score: number | null;
  /** 0–1. */
  readonly progress: number | null;
}

/** What the LMS held for the course and each of its objectives when this launch began. */
export interface RecordedResult extends RecordedStanding {
  readonly objectives: Readonly<Record<string, RecordedStanding>>;
}

export const NOTHING_RECORDED: RecordedResult = { status: {}, score: null, progress: null, objectives: {} };

// Higher means further on. A pass outranks a fail, which outranks not knowing; in SCORM 1.2's one
// value, a finished attempt (failed, completed, passed) outranks an unfinished one.
const RANK: { readonly [K in keyof ReportedStatus]: Readonly<Record<string, number>> } = {
  lessonStatus: { 'not attempted': 0, browsed: 0, incomplete: 1, failed: 2, completed: 3, passed: 4 },
  completion: { unknown: 0, 'not attempted': 0, incomplete: 1, completed: 2 },
  success: { unknown: 0, failed: 1, passed: 2 },
};

function higherStatus(recorded: Partial<ReportedStatus>, now: ReportedStatus): ReportedStatus {
  const pick = <K extends keyof ReportedStatus>(key: K): ReportedStatus[K] => {
    const held = recorded[key];
    return held !== undefined && (RANK[key][held] ?? 0) > (RANK[key][now[key]] ?? 0) ? held : now[key];
  };
  return { lessonStatus: pick('lessonStatus'), completion: pick('completion'), success: pick('success') };
}

const higher = (held: number | null, now: number | null): number | null =>
  held === null ? now : now === null ? held : Math.max(held, now);

function keepObjective(recorded: RecordedResult, objective: ObjectiveReport): ObjectiveReport {
  const held = recorded.objectives[objective.id];
  if (!held) return objective;
  return {
    ...objective,
    status: higherStatus(held.status, objective.status),
    score: higher(held.score, objective.score),
    progress: higher(held.progress, objective.progress) ?? objective.progress,
  };
}

/**
 * The report with nothing below what the LMS already held: a later launch (a relaunch after a
 * pass, a fresh start, a lost suspend_data) may add to a learner's record but never take away.
 */
export function keepHighest(recorded: RecordedResult, report: ProgressReport): ProgressReport {
  return {
    ...report,
    status: higherStatus(recorded.status, report.status),
    score: higher(recorded.score, report.score),
    progress: higher(recorded.progress, report.progress) ?? report.progress,
    objectives: report.objectives.map((objective) => keepObjective(recorded, objective)),
  };
}

const standingOf = (r: { status: ReportedStatus; score: number | null; progress: number }): RecordedStanding => ({
  status: r.status,
  score: r.score,
  progress: r.progress,
});

/** What the LMS holds once `report` (already kept at or above `recorded`) has been written. */
export function recordedAfter(report: ProgressReport): RecordedResult {
  return {
    ...standingOf(report),
    objectives: Object.fromEntries(report.objectives.map((o) => [o.id, standingOf(o)])),
  };
}
