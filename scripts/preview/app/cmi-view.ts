import type { CmiJson } from './learner-record';
import type { ScormVersionKey } from './scorm-dialect';

export interface InteractionRow {
  readonly index: number;
  readonly id: string;
  readonly type: string;
  readonly response: string;
  readonly correct: string;
  readonly result: string;
  readonly latency: string;
  readonly time: string;
  readonly description: string;
}

export interface ObjectiveRow {
  readonly index: number;
  readonly id: string;
  readonly status: string;
  readonly score: string;
}

/** What the LMS holds right now, in one shape for both versions. */
export interface CmiView {
  readonly statuses: ReadonlyArray<readonly [label: string, value: string]>;
  readonly score: string;
  readonly location: string;
  readonly suspendData: string;
  readonly entry: string;
  readonly exit: string;
  readonly sessionTime: string;
  readonly passingScore: string;
  readonly interactions: readonly InteractionRow[];
  readonly objectives: readonly ObjectiveRow[];
}

const obj = (value: unknown): CmiJson => (typeof value === 'object' && value !== null ? (value as CmiJson) : {});
const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const rows = (value: unknown): CmiJson[] =>
  Object.entries(obj(value))
    .filter(([key]) => /^\d+$/.test(key))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, row]) => obj(row));

function patterns(value: unknown): string {
  return rows(value)
    .map((r) => str(r.pattern))
    .filter(Boolean)
    .join(' | ');
}

function describeScore(score: CmiJson): string {
  const parts: string[] = [];
  if (str(score.raw)) parts.push(`${str(score.raw)}${str(score.max) ? ` / ${str(score.max)}` : ''}`);
  if (str(score.scaled)) parts.push(`scaled ${str(score.scaled)}`);
  return parts.join(' · ');
}

export function readCmiView(version: ScormVersionKey, cmi: CmiJson): CmiView {
  if (version === '1.2') {
    const core = obj(cmi.core);
    return {
      statuses: [['Lesson status', str(core.lesson_status)]],
      score: describeScore(obj(core.score)),
      location: str(core.lesson_location),
      suspendData: str(cmi.suspend_data),
      entry: str(core.entry),
      exit: str(core.exit),
      sessionTime: str(core.session_time),
      passingScore: str(obj(cmi.student_data).mastery_score),
      interactions: rows(cmi.interactions).map((r, index) => ({
        index,
        id: str(r.id),
        type: str(r.type),
        response: str(r.student_response),
        correct: patterns(r.correct_responses),
        result: str(r.result),
        latency: str(r.latency),
        time: str(r.time),
        description: '',
      })),
      objectives: rows(cmi.objectives).map((r, index) => ({
        index,
        id: str(r.id),
        status: str(r.status),
        score: describeScore(obj(r.score)),
      })),
    };
  }
  return {
    statuses: [
      ['Completion', str(cmi.completion_status)],
      ['Success', success2004(cmi)],
      ['Progress', str(cmi.progress_measure)],
    ],
    score: describeScore(obj(cmi.score)),
    location: str(cmi.location),
    suspendData: str(cmi.suspend_data),
    entry: str(cmi.entry),
    exit: str(cmi.exit),
    sessionTime: str(cmi.session_time),
    passingScore: str(cmi.scaled_passing_score),
    interactions: rows(cmi.interactions).map((r, index) => ({
      index,
      id: str(r.id),
      type: str(r.type),
      response: str(r.learner_response),
      correct: patterns(r.correct_responses),
      result: str(r.result),
      latency: str(r.latency),
      time: str(r.timestamp),
      description: str(r.description),
    })),
    objectives: rows(cmi.objectives).map((r, index) => ({
      index,
      id: str(r.id),
      status:
        [str(r.completion_status), str(r.success_status)].filter((s) => s && s !== 'unknown').join(', ') || 'unknown',
      score: describeScore(obj(r.score)),
    })),
  };
}

/**
 * With a passing score the LMS, not the course, decides success_status from score.scaled,
 * and reports "unknown" without one. Show the LMS's verdict and, when it differs, the course's.
 */
function success2004(cmi: CmiJson): string {
  const reported = str(cmi.success_status);
  const passing = str(cmi.scaled_passing_score);
  if (!passing) return reported;
  const scaled = str(obj(cmi.score).scaled);
  const verdict = scaled === '' ? 'unknown' : Number(scaled) >= Number(passing) ? 'passed' : 'failed';
  return verdict === reported
    ? verdict
    : `${verdict} (set by the LMS from the passing score; the course said "${reported}")`;
}
