import type { Statement } from './statements';

/** One thing still to reach the LRS: a statement, or a state document's latest content. */
export type OutboxItem =
  | { readonly kind: 'statement'; readonly statement: Statement }
  | { readonly kind: 'state'; readonly stateId: string; readonly body: string };

export type OnceOnlyVerb = 'completed' | 'passed' | 'failed';

/**
 * What this browser keeps per registration, in localStorage so that neither a reload nor a closed
 * tab loses it: what is still to be sent, and which verbs were already queued, so none is sent twice.
 */
export interface LaunchRecord {
  /** The session `initialized` and `terminated` below belong to. */
  sessionId: string | null;
  initialized: boolean;
  terminated: boolean;
  /** completed, passed and failed queued in this registration (9.3.0.0-6/7/8), with the score sent. */
  sent: Partial<Record<OnceOnlyVerb, { readonly scaled: number | null }>>;
  queue: OutboxItem[];
}

const emptyRecord = (): LaunchRecord => ({
  sessionId: null,
  initialized: false,
  terminated: false,
  sent: {},
  queue: [],
});

function isRecord(value: unknown): value is LaunchRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<LaunchRecord>;
  return Array.isArray(r.queue) && typeof r.sent === 'object' && r.sent !== null;
}

export interface RecordStore {
  readonly record: LaunchRecord;
  /** Writes the record back; storage that is missing or full only costs the reload's memory. */
  persist(): void;
}

export function launchRecordStore(storage: Storage | null, registration: string): RecordStore {
  const key = `mot:cmi5:${registration}`;
  let record = emptyRecord();
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    if (isRecord(parsed)) record = { ...emptyRecord(), ...parsed };
  } catch {
    // Unreadable: start afresh; the LRS still holds what was delivered.
  }
  return {
    record,
    persist() {
      try {
        storage?.setItem(key, JSON.stringify(record));
      } catch {
        // Quota or privacy mode: the queue still lives in memory for this page.
      }
    },
  };
}

/** The latest progress snapshot not yet stored by the LRS, if any: it is newer than what the LRS holds. */
export function pendingState(record: LaunchRecord, stateId: string): string | null {
  const item = record.queue.findLast((i) => i.kind === 'state' && i.stateId === stateId);
  return item?.kind === 'state' ? item.body : null;
}
