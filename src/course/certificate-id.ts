import { seedHash } from './seed-hash';

export interface CertificateFacts {
  readonly courseId: string;
  readonly courseVersion: string;
  readonly learnerName: string;
  /** The day printed on the certificate, as YYYY-MM-DD. */
  readonly day: string;
}

/**
 * A short reference printed on the certificate, such as MOT-1A2B-3C4D. The course has no server
 * to issue numbers, so the id is derived from what the certificate says: the same learner printing
 * again on the same day gets the same id, and a training team can recompute it to match a printout
 * to its course version. It is a reference, not a proof: anyone who knows the inputs can make it.
 * 32 bits of FNV-1a are 8 hexadecimal digits, short enough to read out over the phone.
 */
export function certificateId({ courseId, courseVersion, learnerName, day }: CertificateFacts): string {
  const text = [courseId, courseVersion, learnerName.trim().replace(/\s+/g, ' ').toLowerCase(), day].join('\n');
  const hex = seedHash(text).toString(16).toUpperCase().padStart(8, '0');
  return `MOT-${hex.slice(0, 4)}-${hex.slice(4)}`;
}

/** The local calendar day of a date as YYYY-MM-DD, the learner's day rather than UTC's. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
