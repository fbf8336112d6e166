import type { LaunchRecord, OutboxItem, RecordStore } from './launch-record';
import type { Statement } from './statements';
import { isSuccess, isTransient, type XapiClient, type XapiReply } from './xapi-client';

export interface Outbox {
  /**
   * Queues one item (a state document replaces its own earlier, unsent version) and, unless
   * `sendNow` is false (the last statement, which `flush` sends), starts sending.
   */
  add(item: OutboxItem, sendNow?: boolean): void;
  /** False from a failed attempt until the queue has drained again. */
  healthy(): boolean;
  /** Tries again now, without waiting for the backoff. */
  kick(): void;
  /**
   * Sends everything at once as the page may be going away: the statements in one batch (so their
   * order holds), each request with `keepalive` so it outlives the page. Resolves when answered.
   */
  flush(): Promise<boolean>;
  /** Calls `listener` each time the queue drains after a failure. */
  onRecovered(listener: () => void): void;
}

export interface OutboxOptions {
  readonly store: RecordStore;
  /** Null while there is no token: items wait for the next launch. */
  readonly client: XapiClient | null;
  readonly retryDelayMs: (failures: number) => number;
  readonly log: (message: string) => void;
}

export const defaultRetryDelayMs = (failures: number) => Math.min(60_000, 2000 * 2 ** Math.max(0, failures - 1));

function sendItem(client: XapiClient, item: OutboxItem, keepalive: boolean): Promise<XapiReply> {
  return item.kind === 'statement'
    ? client.putStatement(item.statement, keepalive)
    : client.putState(item.stateId, item.body, keepalive);
}

/** Browsers refuse a keepalive request with more than 64 KiB of body; a bigger one goes without, and waits in storage if the page goes first. */
const fitsKeepalive = (body: string) => new TextEncoder().encode(body).length <= 60 * 1024;

const describe = (item: OutboxItem) =>
  item.kind === 'statement'
    ? `statement ${item.statement.verb.display['en-US']} ${item.statement.id}`
    : `state ${item.stateId}`;

/**
 * Delivers in order, one at a time, from the registration's record, so a reload or a closed tab
 * resumes where it stopped. A transient failure stops the line and retries with backoff; an item
 * the LRS refuses for good is dropped (logged), since it would otherwise block everything behind it.
 */
export function createOutbox({ store, client, retryDelayMs, log }: OutboxOptions): Outbox {
  const record: LaunchRecord = store.record;
  let failures = 0;
  let sending = false;
  /** After a flush nothing more is sent one by one: the page is going, and terminated was last. */
  let flushed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const recovered: Array<() => void> = [];

  async function pump(): Promise<void> {
    if (sending || !client || flushed) return;
    sending = true;
    while (record.queue.length > 0 && !flushed) {
      const item = record.queue[0] as OutboxItem;
      const reply = await sendItem(client, item, false);
      if (!isSuccess(reply) && isTransient(reply)) {
        failures += 1;
        sending = false;
        schedule();
        return;
      }
      if (!isSuccess(reply)) log(`[cmi5] the LRS refused ${describe(item)} (${reply.status}): ${reply.body}`);
      // Only now: if the page goes while waiting, the item is still there for the next launch.
      if (record.queue[0] === item) record.queue.shift();
      store.persist();
    }
    const hadFailed = failures > 0;
    failures = 0;
    sending = false;
    if (hadFailed && !flushed) recovered.forEach((listener) => listener());
  }

  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void pump();
    }, retryDelayMs(failures));
  }

  const start = () => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    void pump();
  };

  return {
    add(item, sendNow = true) {
      if (item.kind === 'state') {
        // Only the newest content of a document matters; keep an item already on its way.
        const stale = record.queue.findIndex((i, n) => n > 0 && i.kind === 'state' && i.stateId === item.stateId);
        if (stale >= 0) record.queue.splice(stale, 1);
      }
      record.queue.push(item);
      store.persist();
      if (sendNow && !timer) void pump();
    },
    healthy: () => client !== null && failures === 0,
    kick: start,
    async flush() {
      if (!client) return false;
      if (timer) clearTimeout(timer);
      timer = null;
      flushed = true;
      // The item on its way one by one goes again in the batch: if it arrived after terminated it
      // would be refused, while a same-id, same-content resend is stored once (xAPI 2.1.3).
      const items = [...record.queue];
      const stateItems = items.filter((i) => i.kind === 'state');
      const statements = items.flatMap((i): Statement[] => (i.kind === 'statement' ? [i.statement] : []));
      // State first: the batch ends with terminated, after which the LRS takes nothing from this session.
      const states = stateItems.map((i) => sendItem(client, i, fitsKeepalive(i.body)));
      const batch = statements.length
        ? client.postStatements(statements, fitsKeepalive(JSON.stringify(statements)))
        : null;
      const [stateReplies, batchReply] = await Promise.all([Promise.all(states), batch]);
      const delivered = new Set<OutboxItem>(stateItems.filter((_, n) => isSuccess(stateReplies[n] as XapiReply)));
      const batchOk = !batchReply || isSuccess(batchReply);
      if (batchOk) items.filter((i) => i.kind === 'statement').forEach((i) => delivered.add(i));
      record.queue = record.queue.filter((i) => !delivered.has(i));
      store.persist();
      // A refused batch (one statement the LRS will not take fails them all) goes one by one
      // instead. Once terminated is in, whatever failed waits for the next launch's token.
      if (!batchOk) {
        flushed = false;
        void pump();
      }
      return batchOk && delivered.size === items.length;
    },
    onRecovered: (listener) => void recovered.push(listener),
  };
}
