import { replyOrder } from 'virtual:reply-order';
import type { RecordedStanding } from './recorded-result';
import type { InteractionReport } from './interaction-report';
import type { ScormDataModel, Write } from './scorm-data-model';
import { decimal, scormIdentifier, time12, timespan12 } from './scorm-formats';

/** SCORM 1.2 has no "incorrect": its word is "wrong". */
const RESULT_12 = { correct: 'correct', neutral: 'neutral', incorrect: 'wrong' } as const;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A 1.2 choice is one character. A check's option ids are letters already; a role-play reply
 * becomes its position in the scene as authored, from the reply order that loads with this model
 * (so the first load, and 2004 courses, never download it).
 */
function letterOf(i: InteractionReport, choice: InteractionReport['response'][number]): string | null {
  if (choice.letter !== null || !i.scene) return choice.letter;
  const position = replyOrder[i.scene.scenarioId]?.[i.scene.sceneId]?.indexOf(choice.id) ?? -1;
  return position < 0 ? null : (LETTERS[position] ?? null);
}

/** 1.2 choice responses are single characters joined by commas; null when any choice has no letter. */
function letters(i: InteractionReport, choices: InteractionReport['response'] | null): string | null {
  const found = (choices ?? []).map((c) => letterOf(i, c));
  if (found.length === 0 || found.some((l) => l === null)) return null;
  return found.join(',');
}

function interaction(n: number, i: InteractionReport): Write[] {
  const at = `cmi.interactions.${n}`;
  const response = letters(i, i.response);
  const correct = letters(i, i.correctResponse);
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

const LESSON_STATUSES = ['passed', 'failed', 'completed', 'incomplete'] as const;

/** A result as a 1.2 LMS holds it: one status value and a raw score. */
function standing12(status: string, raw: string): RecordedStanding {
  const lessonStatus = LESSON_STATUSES.find((s) => s === status);
  const score = raw.trim() === '' || Number.isNaN(Number(raw)) ? null : Number(raw);
  return { status: lessonStatus ? { lessonStatus } : {}, score, progress: null };
}

export const scorm12DataModel: ScormDataModel = {
  kind: 'scorm-1.2',
  learnerName: 'cmi.core.student_name',
  entry: 'cmi.core.entry',
  suspendData: 'cmi.suspend_data',
  // CMIString4096.
  suspendDataCapacity: 4096,
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
  mode: 'cmi.core.lesson_mode',
  credit: 'cmi.core.credit',
  recorded: (read, slots) => ({
    ...standing12(read('cmi.core.lesson_status'), read('cmi.core.score.raw')),
    objectives: Object.fromEntries(
      [...slots].map(([id, n]) => [
        id,
        standing12(read(`cmi.objectives.${n}.status`), read(`cmi.objectives.${n}.score.raw`)),
      ]),
    ),
  }),
};
