import type { CourseCatalog } from '../course/catalog';
import { decodeSnapshot, encodeSnapshot } from '../persistence/snapshot-codec';
import { readOlderSnapshot } from '../persistence/snapshot-older';
import type { FoundApi } from './find-api';
import { checkInteraction, replyInteraction } from './interaction-report';
import { lmsCalls } from './lms-calls';
import { createLmsWriter, type Log, type SetOutcome } from './lms-writer';
import type { ObjectiveReport } from './progress-report';
import type { ScormDataModel, Write } from './scorm-data-model';
import { readJournal } from './interaction-journal';
import { displayName } from './scorm-formats';
import { readSaved } from './read-saved';
import type { LaunchMode, LearnerChoice, Tracker } from './tracker';

export interface ScormTrackerOptions {
  readonly now?: () => number;
  readonly log?: Log;
}

const countOf = (text: string): number | null => (/^\d+$/.test(text) ? Number(text) : null);

const launchModeOf = (value: string): LaunchMode => (value === 'review' || value === 'browse' ? value : 'normal');

/**
 * The SCORM adapters: one session flow, with the found runtime's data model deciding names and
 * formats. The model is passed in, so only the version the LMS speaks is ever downloaded.
 */
export function createScormTracker(
  found: FoundApi,
  model: ScormDataModel,
  catalog: CourseCatalog,
  options: ScormTrackerOptions = {},
): Tracker {
  const calls = lmsCalls(found);
  const lms = createLmsWriter(calls, options.log, options.now);
  const now = options.now ?? Date.now;
  let startedAt = 0;
  // Slots already holding our objectives, by id, so a resumed session updates rather than duplicates them.
  const objectiveSlots = new Map<string, number>();
  let objectiveCount = 0;
  let objectivesSupported = true;
  let interactionsSupported = true;
  let nextInteraction = 0;
  // Each question is journaled once (its first answer): Moodle resends the whole journal on every commit.
  const journaled = new Set<string>();

  const send = (writes: readonly Write[]): SetOutcome[] => writes.map(([element, value]) => lms.set(element, value));
  const sessionTime = () => lms.set(...model.sessionTime(now() - startedAt));

  function readObjectiveSlots(): void {
    const count = countOf(lms.get(model.objectiveCount));
    if (count === null) {
      objectivesSupported = false;
      return;
    }
    objectiveCount = count;
    for (let n = 0; n < count; n += 1) objectiveSlots.set(lms.get(model.objectiveId(n)), n);
  }

  function slotFor(id: string): number | null {
    const known = objectiveSlots.get(id);
    if (known !== undefined) return known;
    const n = objectiveCount;
    const outcome = lms.set(model.objectiveId(n), id);
    if (outcome === 'unsupported') objectivesSupported = false;
    if (outcome !== 'ok') return null;
    objectiveSlots.set(id, n);
    objectiveCount += 1;
    return n;
  }

  function writeObjective(objective: ObjectiveReport): void {
    if (!objectivesSupported) return;
    const n = slotFor(objective.id);
    if (n !== null) send(model.objective(n, objective));
  }

  return {
    kind: model.kind,
    start() {
      if (!lms.initialize()) return null;
      startedAt = now();
      readObjectiveSlots();
      const mode = launchModeOf(lms.get(model.mode));
      readJournal(lms, model, journaled);
      // Read whatever entry says: LMSs send ab-initio with data still held (a new attempt that
      // carries data over, or a reopened one), and only what is read may decide.
      const saved = readSaved(calls, model.suspendData);
      const decoded = saved.ok && saved.value !== '' ? decodeSnapshot(catalog, saved.value, readOlderSnapshot) : null;
      // Set early, so a crash or a killed tab still leaves an attempt the learner can resume.
      if (mode === 'normal') lms.set(...model.exit('suspend'));
      return {
        learnerName: displayName(lms.get(model.learnerName)),
        mode,
        credit: lms.get(model.credit) !== 'no-credit',
        recorded: model.recorded((element) => lms.get(element), objectiveSlots),
        loaded: !saved.ok
          ? { facts: null, problem: 'unreadable' }
          : decoded === null
            ? { facts: null, problem: null }
            : decoded.ok
              ? { facts: decoded.facts, problem: null }
              : { facts: null, problem: decoded.problem },
      };
    },
    save(facts, report, scope) {
      const essential: SetOutcome[] = [];
      if (scope.progress) {
        send(model.position(report));
        essential.push(lms.set(model.suspendData, encodeSnapshot(catalog, facts, model.suspendDataCapacity)));
      }
      if (scope.results) {
        // Score before status: LMSs that judge pass or fail from the score must see it first.
        if (report.score !== null) essential.push(...send(model.score(report.score)));
        essential.push(...send(model.status(report.status)));
        report.objectives.forEach(writeObjective);
      }
      return essential.every((outcome) => outcome !== 'failed');
    },
    record(choice: LearnerChoice) {
      const interaction =
        choice.kind === 'reply'
          ? replyInteraction(catalog, choice.reply, choice.at)
          : checkInteraction(catalog, choice.check, choice.at);
      if (!interactionsSupported || journaled.has(interaction.id)) return;
      // Journal, never overwrite: append at the LMS's count. An LMS that cannot count cannot be appended to safely.
      const count = countOf(lms.get(model.interactionCount));
      if (count === null) {
        interactionsSupported = false;
        return;
      }
      const n = Math.max(count, nextInteraction);
      const [first, ...rest] = model.interaction(n, interaction);
      if (!first) return;
      const outcome = lms.set(...first);
      if (outcome === 'unsupported') interactionsSupported = false;
      if (outcome !== 'ok') return;
      nextInteraction = n + 1;
      journaled.add(interaction.id);
      send(rest);
    },
    commit() {
      sessionTime();
      return lms.commit();
    },
    finish(exit) {
      if (exit === null) return lms.terminate();
      // Without the exit value the LMS may not offer to resume, so a refused one counts as a failure.
      const exitWritten = lms.set(...model.exit(exit));
      sessionTime();
      // A refused commit here means the last writes may be lost: the learner must be told.
      const committed = model.commitBeforeFinish ? lms.commit() : true;
      return lms.terminate() && exitWritten !== 'failed' && committed;
    },
  };
}
