import type { InteractionReport } from './interaction-report';
import type { ScormDataModel, Write } from './scorm-data-model';
import { decimal, scormIdentifier, time12, timespan12 } from './scorm-formats';

/** SCORM 1.2 has no "incorrect": its word is "wrong". */
const RESULT_12 = { correct: 'correct', neutral: 'neutral', incorrect: 'wrong' } as const;

/** 1.2 choice responses are single characters joined by commas; null when any choice has no letter. */
function letters(choices: InteractionReport['response'] | null): string | null {
  if (!choices || choices.length === 0 || choices.some((c) => c.letter === null)) return null;
  return choices.map((c) => c.letter).join(',');
}

function interaction(n: number, i: InteractionReport): Write[] {
  const at = `cmi.interactions.${n}`;
  const response = letters(i.response);
  const correct = letters(i.correctResponse);
  return [
    [`${at}.id`, scormIdentifier(i.id)],
    ...(i.objectiveId ? [[`${at}.objectives.0.id`, scormIdentifier(i.objectiveId)] as const] : []),
    [`${at}.type`, 'choice'],
    ...(response ? [[`${at}.student_response`, response] as const] : []),
    ...(correct ? [[`${at}.correct_responses.0.pattern`, correct] as const] : []),
    [`${at}.result`, RESULT_12[i.result]],
    [`${at}.latency`, timespan12(i.latencyMs)],
    [`${at}.time`, time12(i.at)],
  ];
}

const score = (prefix: string, value: number): Write[] => [
  [`${prefix}.score.min`, '0'],
  [`${prefix}.score.max`, '100'],
  [`${prefix}.score.raw`, decimal(value, 2)],
];

export const scorm12DataModel: ScormDataModel = {
  kind: 'scorm-1.2',
  learnerName: 'cmi.core.student_name',
  entry: 'cmi.core.entry',
  suspendData: 'cmi.suspend_data',
  objectiveCount: 'cmi.objectives._count',
  objectiveId: (n) => `cmi.objectives.${n}.id`,
  interactionCount: 'cmi.interactions._count',
  interactionIdReadable: false,
  position: (report) => (report.location === null ? [] : [['cmi.core.lesson_location', report.location.slice(0, 255)]]),
  score: (value) => score('cmi.core', value),
  status: (status) => [['cmi.core.lesson_status', status.lessonStatus]],
  objective: (n, o) => [
    ...(o.score === null ? [] : score(`cmi.objectives.${n}`, o.score)),
    [`cmi.objectives.${n}.status`, o.status.lessonStatus],
  ],
  interaction,
  sessionTime: (ms) => ['cmi.core.session_time', timespan12(ms)],
  // 1.2 has no "normal": an empty exit is the normal end of an attempt.
  exit: (mode) => ['cmi.core.exit', mode === 'suspend' ? 'suspend' : ''],
  commitBeforeFinish: true,
};
