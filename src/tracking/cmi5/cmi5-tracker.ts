import type { CourseCatalog } from '../../course/catalog';
import type { LoadedProgress } from '../../persistence/progress-store';
import { encodeSnapshot } from '../../persistence/snapshot-codec';
import type { Tracker, TrackerStart } from '../tracker';
import type { LaunchData } from './launch-data';
import type { RecordStore } from './launch-record';
import type { Outbox } from './outbox';
import {
  checkStatement,
  replyStatement,
  sessionStatement,
  verdictStatement,
  type Statement,
  type StatementSource,
} from './statements';
import { dueVerdicts, recordedFromJournal } from './verdicts';
import { STATE_JOURNAL, STATE_PROGRESS } from './xapi-iris';

/** The State API has no suspend_data limit: the whole snapshot is kept, every reflection with it. */
const STATE_CAPACITY = Number.POSITIVE_INFINITY;

export interface Cmi5Session {
  readonly catalog: CourseCatalog;
  /** The build's language, for the names of questions in `answered` statements. */
  readonly locale: string;
  readonly source: StatementSource;
  readonly launchData: LaunchData;
  readonly store: RecordStore;
  readonly outbox: Outbox;
  readonly loaded: LoadedProgress;
  /** Statements an earlier session queued but never delivered, sent in this one after `initialized`. */
  readonly carried: readonly Statement[];
  readonly navigate: (url: string, how: 'replace' | 'assign') => void;
}

/**
 * The cmi5 adapter behind the tracking port. Every method answers at once with what is known now;
 * the network work goes through the outbox, which keeps order, survives reloads and retries.
 */
export function createCmi5Tracker(session: Cmi5Session): Omit<Tracker, 'start'> & { start(): TrackerStart } {
  const { catalog, locale, source, launchData, store, outbox } = session;
  const { record } = store;
  const normal = launchData.launchMode === 'normal';
  let startedAt = source.now();
  // One of passed and failed per session (9.3.0.0-3), counting one carried over from an earlier session.
  let judgedThisSession = session.carried.some((s) => /\/(passed|failed)$/.test(s.verb.id));

  const statement = (s: Statement) => outbox.add({ kind: 'statement', statement: s });
  const sessionMs = () => source.now() - startedAt;

  return {
    kind: 'cmi5',
    start(): TrackerStart {
      startedAt = source.now();
      // A reload within the session has sent it already (9.3.2.0-3: one per session).
      if (!record.initialized) {
        record.initialized = true;
        statement(sessionStatement(source, 'initialized', 0));
      }
      session.carried.forEach(statement);
      return {
        loaded: session.loaded,
        learnerName: source.launch.actor.name ?? null,
        mode: launchData.launchMode,
        credit: true,
        recorded: recordedFromJournal(record.sent),
      };
    },
    save(facts, report, scope) {
      // Browse and Review record nothing (10.2.2.0-9, -11); the session asks for nothing then either.
      if (!normal) return true;
      if (scope.progress)
        outbox.add({ kind: 'state', stateId: STATE_PROGRESS, body: encodeSnapshot(catalog, facts, STATE_CAPACITY) });
      if (scope.results) {
        const due = dueVerdicts(report, record, {
          masteryScore: launchData.masteryScore,
          mode: catalog.config.reporting.mode,
          judgedThisSession,
        });
        for (const verdict of due) {
          record.sent[verdict.verb] = { scaled: verdict.scaled };
          if (verdict.verb !== 'completed') judgedThisSession = true;
          statement(verdictStatement(source, verdict, sessionMs()));
        }
        if (due.length > 0) outbox.add({ kind: 'state', stateId: STATE_JOURNAL, body: JSON.stringify(record.sent) });
      }
      return outbox.healthy();
    },
    record(choice) {
      if (!normal) return;
      statement(
        choice.kind === 'reply'
          ? replyStatement(source, catalog, locale, choice.reply)
          : checkStatement(source, catalog, locale, choice.check),
      );
    },
    commit() {
      outbox.kick();
      return outbox.healthy();
    },
    onRecovered: (listener) => outbox.onRecovered(listener),
    finish() {
      const healthy = outbox.healthy();
      if (!record.terminated) {
        record.terminated = true;
        outbox.add({ kind: 'statement', statement: sessionStatement(source, 'terminated', sessionMs()) }, false);
      }
      // terminated must be the last statement, and the LMS's page comes back only after it (10.2.6.0-1).
      void outbox.flush().then(() => {
        if (launchData.returnURL) session.navigate(launchData.returnURL, 'assign');
      });
      return healthy;
    },
  };
}
