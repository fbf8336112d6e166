import type { RecordedStanding } from './recorded-result';
import type { InteractionReport } from './interaction-report';
import type { ScormDataModel, Write } from './scorm-data-model';
import { decimal, duration2004, scormIdentifier, shortIdentifier, timestamp2004 } from './scorm-formats';

/** localized_string_type: LMSs must keep 250 characters; a leading "{" would be read as a language tag. */
function localized(text: string): string {
  const tidy = text.replace(/\s+/g, ' ').trim();
  return (tidy.startsWith('{') ? `{lang=en}${tidy}` : tidy).slice(0, 250);
}

/** Choice responses: short identifiers joined by "[,]", each once. */
const choices = (list: InteractionReport['response']): string =>
  [...new Set(list.map((c) => shortIdentifier(c.id)))].join('[,]');

function interaction(n: number, i: InteractionReport): Write[] {
  const at = `cmi.interactions.${n}`;
  return [
    [`${at}.id`, scormIdentifier(i.id)],
    [`${at}.type`, 'choice'],
    ...(i.objectiveId ? [[`${at}.objectives.0.id`, scormIdentifier(i.objectiveId)] as const] : []),
    ...(i.response.length > 0 ? [[`${at}.learner_response`, choices(i.response)] as const] : []),
    ...(i.correctResponse && i.correctResponse.length > 0
      ? [[`${at}.correct_responses.0.pattern`, choices(i.correctResponse)] as const]
      : []),
    [`${at}.result`, i.result],
    [`${at}.latency`, duration2004(i.latencyMs)],
    [`${at}.timestamp`, timestamp2004(i.at)],
    ...(i.description ? [[`${at}.description`, localized(i.description)] as const] : []),
  ];
}

/** Scaled first: it is what LMS thresholds and most reports read. */
const score = (prefix: string, value: number): Write[] => [
  [`${prefix}.score.scaled`, decimal(value / 100, 4)],
  [`${prefix}.score.min`, '0'],
  [`${prefix}.score.max`, '100'],
  [`${prefix}.score.raw`, decimal(value, 2)],
];

const numberOr = (text: string, scale = 1): number | null =>
  text.trim() === '' || Number.isNaN(Number(text)) ? null : Number(text) * scale;

/** A result as a 2004 LMS holds it; the raw score is ours (0–100), the scaled one any SCO's (−1–1). */
function standing2004(read: (element: string) => string, at: string): RecordedStanding {
  const completion = read(`${at}.completion_status`);
  const success = read(`${at}.success_status`);
  return {
    status: {
      ...(completion === 'completed' || completion === 'incomplete' ? { completion } : {}),
      ...(success === 'passed' || success === 'failed' ? { success } : {}),
    },
    score: numberOr(read(`${at}.score.raw`)) ?? numberOr(read(`${at}.score.scaled`), 100),
    progress: numberOr(read(`${at}.progress_measure`)),
  };
}

export const scorm2004DataModel: ScormDataModel = {
  kind: 'scorm-2004',
  learnerName: 'cmi.learner_name',
  entry: 'cmi.entry',
  suspendData: 'cmi.suspend_data',
  // characterstring with an SPM of 64,000.
  suspendDataCapacity: 64_000,
  objectiveCount: 'cmi.objectives._count',
  objectiveId: (n) => `cmi.objectives.${n}.id`,
  interactionCount: 'cmi.interactions._count',
  interactionIdReadable: true,
  position: (report) => [
    ...(report.location === null ? [] : [['cmi.location', report.location.slice(0, 1000)] as const]),
    ['cmi.progress_measure', decimal(report.progress, 4)],
  ],
  score: (value) => score('cmi', value),
  status: (status) => [
    ['cmi.completion_status', status.completion],
    ['cmi.success_status', status.success],
  ],
  objective: (n, o) => {
    const at = `cmi.objectives.${n}`;
    return [
      ...(o.score === null ? [] : score(at, o.score)),
      [`${at}.success_status`, o.status.success],
      [`${at}.completion_status`, o.status.completion],
      [`${at}.progress_measure`, decimal(o.progress, 4)],
      [`${at}.description`, localized(o.description)],
    ];
  },
  interaction,
  sessionTime: (ms) => ['cmi.session_time', duration2004(ms)],
  exit: (mode) => ['cmi.exit', mode],
  commitBeforeFinish: false,
  mode: 'cmi.mode',
  credit: 'cmi.credit',
  recorded: (read, slots) => ({
    ...standing2004(read, 'cmi'),
    objectives: Object.fromEntries([...slots].map(([id, n]) => [id, standing2004(read, `cmi.objectives.${n}`)])),
  }),
};
