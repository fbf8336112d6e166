import type { ReportingMode } from '../../config/course-config.schema';
import type { ProgressReport } from '../progress-report';
import type { RecordedResult } from '../recorded-result';
import type { LaunchRecord, OnceOnlyVerb } from './launch-record';
import type { Verdict } from './statements';

/**
 * Whether the report is a pass or a fail in the LMS's terms. With a masteryScore in LMS.LaunchData
 * the score decides (10.2.4.0-2), so a statement never disagrees with it (9.3.4.0-2, 9.3.5.0-2);
 * a course that never reports a fail ('passed-incomplete') still sends none.
 */
export function judge(report: ProgressReport, masteryScore: number | null, mode: ReportingMode) {
  if (report.status.success === 'unknown') return null;
  const scaled = report.score === null ? null : Math.min(1, Math.max(0, report.score / 100));
  if (masteryScore === null || scaled === null) return { verb: report.status.success, scaled };
  if (scaled >= masteryScore) return { verb: 'passed' as const, scaled };
  return mode === 'passed-incomplete' ? null : { verb: 'failed' as const, scaled };
}

/**
 * The once-only statements this report calls for, not yet sent in the registration: completed,
 * then passed or failed (one of them per session, 9.3.0.0-3; never a fail after a pass, 9.3.0.0-8).
 */
export function dueVerdicts(
  report: ProgressReport,
  record: Pick<LaunchRecord, 'sent'>,
  options: { masteryScore: number | null; mode: ReportingMode; judgedThisSession: boolean },
): Verdict[] {
  const due: Verdict[] = [];
  if (report.status.completion === 'completed' && !record.sent.completed)
    due.push({ verb: 'completed', scaled: null, masteryScore: null });
  const judged = judge(report, options.masteryScore, options.mode);
  const { sent } = record;
  const allowed = judged && !options.judgedThisSession && !sent.passed && !(judged.verb === 'failed' && sent.failed);
  if (judged && allowed) due.push({ verb: judged.verb, scaled: judged.scaled, masteryScore: options.masteryScore });
  return due;
}

/** What the registration already holds, from the verbs sent, so nothing reported is lower (keepHighest). */
export function recordedFromJournal(sent: LaunchRecord['sent']): RecordedResult {
  const judged: OnceOnlyVerb | null = sent.passed ? 'passed' : sent.failed ? 'failed' : null;
  const scaled = judged ? (sent[judged]?.scaled ?? null) : null;
  return {
    status: {
      ...(sent.completed ? { completion: 'completed' as const } : {}),
      ...(judged ? { success: judged, lessonStatus: judged } : {}),
    },
    score: scaled === null ? null : Math.round(scaled * 10_000) / 100,
    progress: sent.completed ? 1 : null,
    objectives: {},
  };
}
