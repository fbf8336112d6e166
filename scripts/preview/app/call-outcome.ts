import type { CallRecord } from './exposed-api';

/**
 * Whether a call failed. SCORM 2004 answers a read of an element that holds nothing yet with
 * error 403: the spec's "not set", which a careful course asks on purpose (it reads suspend_data
 * whatever cmi.entry says), not a failure.
 */
export const isFailedCall = (call: CallRecord): boolean =>
  call.error !== '0' && !(call.kind === 'getValue' && call.error === '403');
