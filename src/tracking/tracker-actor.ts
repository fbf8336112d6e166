import { fromCallback } from 'xstate';
import type { CourseCatalog } from '../course/catalog';
import type { Connection } from './connect-tracker';
import type { Tracker } from './tracker';
import type { TrackerCommand, TrackerReply } from './tracker-protocol';

export interface TrackerActorInput {
  readonly catalog: CourseCatalog;
}

export interface TrackerActorOptions {
  /** Finds the LMS and opens the session, or falls back to the standalone adapter. */
  readonly connect: (catalog: CourseCatalog) => Promise<Connection>;
  /** The clock interactions are stamped with. */
  readonly now?: () => number;
}

/**
 * The tracking port as an actor: it owns the live adapter (an LMS runtime or browser storage),
 * turns the session's plain-data commands into calls, and answers with plain-data events.
 * Provided at the edge (src/main.tsx, or a test), so the session machine never holds the adapter.
 */
export function trackerActor({ connect, now = Date.now }: TrackerActorOptions) {
  return fromCallback<TrackerCommand, TrackerActorInput, TrackerReply>(({ input, sendBack, receive }) => {
    const { catalog } = input;
    let tracker: Tracker | null = null;
    const stopping = new AbortController();
    const stopped = () => stopping.signal.aborted;
    connect(catalog).then(
      ({ tracker: opened, start, lmsRefused, launchEnded = false, lateLms }) => {
        if (stopped()) return;
        tracker = opened;
        sendBack({
          type: 'tracker.connected',
          kind: opened.kind,
          ...start,
          lmsRefused,
          launchEnded,
          lookingForLms: !!lateLms,
        });
        // Delivered late is still saved: the session leaves its retrying or at-risk state.
        opened.onRecovered?.(() => {
          if (tracker === opened) sendBack({ type: 'save.succeeded', milestone: null });
        });
        void lateLms?.(stopping.signal).then((late) => {
          if (!late) return;
          if (late.refused) return sendBack({ type: 'tracker.lateRefused' });
          // The learner left while the LMS was opening: close it again, writing nothing.
          if (stopped() || !tracker) return void late.tracker.finish(null);
          tracker = late.tracker;
          sendBack({ type: 'tracker.lateConnected', kind: late.tracker.kind, ...late.start });
        });
      },
      () => {
        if (!stopped()) sendBack({ type: 'tracker.unavailable' });
      },
    );
    receive((command) => {
      if (!tracker) return;
      switch (command.type) {
        case 'tracker.save': {
          const saved = tracker.save(command.facts, command.report, command.scope);
          const committed = command.commit ? tracker.commit() : true;
          sendBack(
            saved && committed
              ? { type: 'save.succeeded', milestone: command.commit ? command.report.milestone : null }
              : { type: 'save.failed' },
          );
          return;
        }
        case 'tracker.recordReply':
          tracker.record({ kind: 'reply', reply: command.reply, at: now() });
          return;
        case 'tracker.recordCheck':
          tracker.record({ kind: 'check', check: command.check, at: now() });
          return;
        case 'tracker.finish': {
          const saved = command.exit === null || tracker.save(command.facts, command.report, command.scope);
          const finished = tracker.finish(command.exit);
          // Nothing may be called after Terminate, and no late LMS may be opened after it.
          tracker = null;
          stopping.abort();
          sendBack({ type: 'session.closed', ok: saved && finished });
          return;
        }
      }
    });
    return () => stopping.abort();
  });
}
