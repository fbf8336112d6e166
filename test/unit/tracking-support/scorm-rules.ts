/**
 * Value rules for every element a SCO may write, written from the SCORM 1.2 and 2004 4th edition
 * run-time specs at their strictest common reading (ADL conformance, Moodle's regexes). Each rule
 * returns a problem, or null when the value is valid. Elements without a rule may not be written.
 */
export type Version = '1.2' | '2004';
type Rule = (value: string) => string | null;

const oneOf =
  (...allowed: string[]): Rule =>
  (v) =>
    allowed.includes(v) ? null : `"${v}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}`;

const matches =
  (pattern: RegExp, what: string): Rule =>
  (v) =>
    pattern.test(v) ? null : `"${v}" is not ${what}`;

const all =
  (...rules: Rule[]): Rule =>
  (v) =>
    rules.map((r) => r(v)).find((p) => p !== null) ?? null;

const maxLength =
  (n: number): Rule =>
  (v) =>
    v.length <= n ? null : `is ${v.length} characters, over ${n}`;

const decimalIn =
  (min: number, max: number): Rule =>
  (v) => {
    if (!/^-?\d+(\.\d+)?$/.test(v)) return `"${v}" is not a decimal`;
    const n = Number(v);
    return n >= min && n <= max ? null : `${v} is outside ${min}..${max}`;
  };

const anyDecimal: Rule = matches(/^-?\d+(\.\d+)?$/, 'a decimal');

/** CMITimespan: 2–4 digit hours, minutes and seconds below 60, at most two decimals. */
const timespan12: Rule = (v) => {
  const m = /^(\d{2,4}):(\d{2}):(\d{2})(\.\d{1,2})?$/.exec(v);
  return m && Number(m[2]) < 60 && Number(m[3]) < 60 ? null : `"${v}" is not a CMITimespan`;
};

/** CMITime: a time of day only. */
const time12: Rule = (v) => {
  const m = /^(\d{2}):(\d{2}):(\d{2})(\.\d{1,2})?$/.exec(v);
  return m && Number(m[1]) < 24 && Number(m[2]) < 60 && Number(m[3]) < 60 ? null : `"${v}" is not a CMITime`;
};

/** timeinterval (second,10,2): at least one designator, at most two decimals on seconds only. */
const duration2004: Rule = (v) =>
  /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/.test(v)
    ? null
    : `"${v}" is not a 2004 duration`;

/** time (second,10,0): a zone designator only after a fraction; at most two fraction digits; years 1970–2038. */
const timestamp2004: Rule = (v) => {
  const m = /^(\d{4})(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?)?)?)?)?)?$/.exec(v);
  if (!m) return `"${v}" is not a 2004 timestamp (zone only after a fraction of at most two digits)`;
  const year = Number(m[1]);
  return year >= 1970 && year <= 2038 ? null : `year ${year} is outside 1970–2038`;
};

/** CMIIdentifier: printable ASCII, no spaces. */
const identifier12: Rule = matches(/^[\x21-\x7e]{1,255}$/, 'a CMIIdentifier');
/** long_identifier_type: no whitespace; Moodle also keeps to URN-safe characters. */
const identifier2004: Rule = all(
  matches(/^[A-Za-z0-9_.:\-/]+$/, 'a long identifier without spaces or quotes'),
  maxLength(4000),
);

/** 1.2 choice: single characters 0-9 a-z, comma separated. */
const choice12: Rule = matches(/^[0-9a-z](,[0-9a-z])*$/, 'a 1.2 choice response');

/** 2004 choice: short identifiers joined by [,], unique, at most 36. */
const choice2004: Rule = (v) => {
  const parts = v.split('[,]');
  if (!parts.every((p) => /^[\w.]{1,250}$/.test(p))) return `"${v}" is not a 2004 choice response`;
  if (new Set(parts).size !== parts.length) return `"${v}" repeats a choice`;
  return parts.length <= 36 ? null : `"${v}" has more than 36 choices`;
};

/** localized_string_type: SPM 250, and a leading "{" must be a language delimiter. */
const localized: Rule = (v) => {
  const text = v.replace(/^\{lang=[A-Za-z-]{2,}\}/, '');
  if (text.startsWith('{')) return `"${v}" starts with an unknown delimiter`;
  return text.length <= 250 ? null : `description is ${text.length} characters, over 250`;
};

const N = String.raw`\d+`;
type RuleTable = ReadonlyArray<readonly [RegExp, Rule]>;
const table = (rows: ReadonlyArray<readonly [string, Rule]>): RuleTable =>
  rows.map(([p, r]) => [new RegExp(`^${p}$`), r] as const);

const status12 = ['passed', 'completed', 'failed', 'incomplete', 'browsed'];

const RULES_12 = table([
  [String.raw`cmi\.core\.lesson_location`, maxLength(255)],
  // A SCO may not set "not attempted".
  [String.raw`cmi\.core\.lesson_status`, oneOf(...status12)],
  [String.raw`cmi\.core\.score\.(raw|min|max)`, decimalIn(0, 100)],
  [String.raw`cmi\.core\.exit`, oneOf('', 'time-out', 'suspend', 'logout')],
  [String.raw`cmi\.core\.session_time`, timespan12],
  [String.raw`cmi\.suspend_data`, maxLength(4096)],
  [String.raw`cmi\.objectives\.${N}\.id`, identifier12],
  [String.raw`cmi\.objectives\.${N}\.score\.(raw|min|max)`, decimalIn(0, 100)],
  [String.raw`cmi\.objectives\.${N}\.status`, oneOf(...status12, 'not attempted')],
  [String.raw`cmi\.interactions\.${N}\.id`, identifier12],
  [String.raw`cmi\.interactions\.${N}\.objectives\.${N}\.id`, identifier12],
  [String.raw`cmi\.interactions\.${N}\.time`, time12],
  [
    String.raw`cmi\.interactions\.${N}\.type`,
    oneOf('true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'),
  ],
  [String.raw`cmi\.interactions\.${N}\.correct_responses\.${N}\.pattern`, choice12],
  [String.raw`cmi\.interactions\.${N}\.student_response`, choice12],
  [
    String.raw`cmi\.interactions\.${N}\.result`,
    (v) => (anyDecimal(v) === null ? null : oneOf('correct', 'wrong', 'unanticipated', 'neutral')(v)),
  ],
  [String.raw`cmi\.interactions\.${N}\.latency`, timespan12],
]);

const RULES_2004 = table([
  [String.raw`cmi\.location`, maxLength(1000)],
  [String.raw`cmi\.completion_status`, oneOf('completed', 'incomplete', 'not attempted', 'unknown')],
  [String.raw`cmi\.success_status`, oneOf('passed', 'failed', 'unknown')],
  [String.raw`cmi\.score\.scaled`, decimalIn(-1, 1)],
  [String.raw`cmi\.score\.(raw|min|max)`, anyDecimal],
  [String.raw`cmi\.progress_measure`, decimalIn(0, 1)],
  // "logout" is deprecated in the 4th edition.
  [String.raw`cmi\.exit`, oneOf('', 'time-out', 'suspend', 'normal')],
  [String.raw`cmi\.session_time`, duration2004],
  [String.raw`cmi\.suspend_data`, maxLength(64000)],
  [String.raw`cmi\.objectives\.${N}\.id`, identifier2004],
  [String.raw`cmi\.objectives\.${N}\.score\.scaled`, decimalIn(-1, 1)],
  [String.raw`cmi\.objectives\.${N}\.score\.(raw|min|max)`, anyDecimal],
  [String.raw`cmi\.objectives\.${N}\.success_status`, oneOf('passed', 'failed', 'unknown')],
  [String.raw`cmi\.objectives\.${N}\.completion_status`, oneOf('completed', 'incomplete', 'not attempted', 'unknown')],
  [String.raw`cmi\.objectives\.${N}\.progress_measure`, decimalIn(0, 1)],
  [String.raw`cmi\.objectives\.${N}\.description`, localized],
  [String.raw`cmi\.interactions\.${N}\.id`, identifier2004],
  [
    String.raw`cmi\.interactions\.${N}\.type`,
    oneOf(
      'true-false',
      'choice',
      'fill-in',
      'long-fill-in',
      'matching',
      'performance',
      'sequencing',
      'likert',
      'numeric',
      'other',
    ),
  ],
  [String.raw`cmi\.interactions\.${N}\.objectives\.${N}\.id`, identifier2004],
  [String.raw`cmi\.interactions\.${N}\.timestamp`, timestamp2004],
  [String.raw`cmi\.interactions\.${N}\.correct_responses\.${N}\.pattern`, choice2004],
  [String.raw`cmi\.interactions\.${N}\.learner_response`, choice2004],
  [
    String.raw`cmi\.interactions\.${N}\.result`,
    (v) => (anyDecimal(v) === null ? null : oneOf('correct', 'incorrect', 'unanticipated', 'neutral')(v)),
  ],
  [String.raw`cmi\.interactions\.${N}\.latency`, duration2004],
  [String.raw`cmi\.interactions\.${N}\.description`, localized],
]);

/** A problem with writing `value` to `element`, or null when the spec allows it. */
export function checkValue(version: Version, element: string, value: string): string | null {
  const rule = (version === '1.2' ? RULES_12 : RULES_2004).find(([pattern]) => pattern.test(element))?.[1];
  if (!rule) return `${element} is not an element a SCO may write in SCORM ${version}`;
  const problem = rule(value);
  return problem === null ? null : `${element}: ${problem}`;
}

/** 1.2 interaction fields and a few core values are write-only: reading them is an error (404). */
export function isWriteOnly(version: Version, element: string): boolean {
  if (version === '2004') return /^cmi\.(exit|session_time)$/.test(element);
  return /^cmi\.interactions\.\d+\.(?!_count)/.test(element) || /^cmi\.core\.(exit|session_time)$/.test(element);
}
