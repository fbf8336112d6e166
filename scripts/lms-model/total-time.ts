import type { ScormVersion } from './cmi-record';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Seconds as the read-only cmi total_time: CMITimespan HHHH:MM:SS.SS in 1.2, an ISO 8601 duration in 2004. */
export function formatTotalTime(version: ScormVersion, seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  if (version === '1.2') return `${pad(Math.min(h, 9999), 4)}:${pad(m)}:${pad(s)}.00`;
  return `PT${h}H${m}M${s}S`;
}
