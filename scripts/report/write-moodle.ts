import type { StoredAttempt } from './lms-record';

/** Moodle's s(): what the interactions report does to every value before writing it. */
const escapeLikeMoodle = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** PHP's fputcsv, which Moodle's csv_export_writer uses: it encloses any field with a space, tab, quote or line break. */
const phpField = (value: string) => (/[\t "\\\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Moodle's userdate() in English ("strftimedaydatetime"): "Thursday, 15 January 2026, 9:30 AM". */
function userdate(ms: number): string {
  const d = new Date(ms);
  const hour = d.getUTCHours() % 12 || 12;
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hour}:${String(d.getUTCMinutes()).padStart(2, '0')} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}

/**
 * What Moodle's SCORM Interactions report downloads as "CSV" (a tab-separated .txt), with
 * "Summary of question", "Summary of responses" and "Summary of result" ticked and the e-mail
 * address as the site's identity field. Moodle fills "Response n" from student_response, so only a
 * SCORM 1.2 attempt gives responses there.
 */
export function writeMoodleExport(attempts: readonly StoredAttempt[], scoTitle: string): string {
  const count = Math.max(0, ...attempts.map((a) => a.interactions.length));
  const header = ['Name', 'Email address', 'Attempt', 'Started on', 'Last accessed on', 'Score', scoTitle];
  for (let n = 0; n < count; n += 1) header.push(`Question ${n}`, `Response ${n}`, `Result ${n}`);
  const rows = [header.map(escapeLikeMoodle)];
  for (const a of attempts) {
    const last = a.interactions.at(-1)?.at ?? a.startedAt;
    const row = [
      a.learner.name,
      a.learner.email,
      String(a.attempt),
      userdate(a.startedAt),
      userdate(last),
      a.score,
      a.score,
    ];
    for (let n = 0; n < count; n += 1) {
      const i = a.interactions[n];
      row.push(i?.id ?? '', a.version === '1.2' ? (i?.response ?? '') : '', i?.result ?? '');
    }
    rows.push(row.map(escapeLikeMoodle));
  }
  return rows.map((row) => row.map(phpField).join('\t')).join('\n') + '\n';
}
