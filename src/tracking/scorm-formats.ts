/**
 * Value formats of the two SCORM data models, written to the strictest reading of each spec and of
 * the runtimes that enforce them (Moodle, ADL), because lenient LMSs accept strict values too.
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function parts(ms: number): { hours: number; minutes: number; hundredths: number } {
  const hundredths = Math.max(0, Math.round(ms / 10));
  return {
    hours: Math.floor(hundredths / 360_000),
    minutes: Math.floor(hundredths / 6000) % 60,
    hundredths: hundredths % 6000,
  };
}

/** SCORM 1.2 CMITimespan `HH[HH]:MM:SS.SS`; Moodle rejects one-digit hours, the spec caps them at four. */
export function timespan12(ms: number): string {
  const { hours, minutes, hundredths } = parts(ms);
  const seconds = `${pad(Math.floor(hundredths / 100))}.${pad(hundredths % 100)}`;
  return `${pad(Math.min(hours, 9999))}:${pad(minutes)}:${seconds}`;
}

/** SCORM 2004 timeinterval, e.g. `PT1H2M5.5S`: at most two decimals, which LMSs enforce. */
export function duration2004(ms: number): string {
  const { hours, minutes, hundredths } = parts(ms);
  const seconds = `${Math.floor(hundredths / 100)}${hundredths % 100 ? `.${pad(hundredths % 100).replace(/0$/, '')}` : ''}`;
  const bigger = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
  return `PT${bigger}${hundredths === 0 && bigger ? '' : `${seconds}S`}`;
}

/** SCORM 2004 time(second,10,0) in UTC: a zone designator is only valid after a fraction, and Moodle allows two digits. */
export function timestamp2004(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{2})\d*Z$/, '.$1Z');
}

/** SCORM 1.2 CMITime: the learner's local time of day, with no date and no zone. */
export function time12(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A decimal without exponent or float noise, rounded to `places`. */
export function decimal(value: number, places: number): string {
  const factor = 10 ** places;
  return String(Math.round(value * factor) / factor);
}

/** Identifiers keep to letters, digits, `_`, `.` and `-`: no spaces or quotes, which some LMSs reject. */
export function scormIdentifier(id: string): string {
  return id.replace(/[^A-Za-z0-9_.-]/g, '_');
}

/** SCORM 2004 choice responses are short identifiers; Moodle allows only letters, digits, `_` and `.`. */
export function shortIdentifier(id: string): string {
  return id.replace(/[^A-Za-z0-9_.]/g, '_');
}

/** LMSs send "Last, First"; a certificate wants "First Last". */
export function displayName(lmsName: string): string | null {
  const comma = lmsName.indexOf(',');
  const name = comma < 0 ? lmsName : `${lmsName.slice(comma + 1)} ${lmsName.slice(0, comma)}`;
  const tidy = name.replace(/\s+/g, ' ').trim();
  return tidy === '' ? null : tidy;
}
