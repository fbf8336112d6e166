import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { readScenarioFiles } from '../../scripts/content/scenario-index';
import type { Scenario } from '../../src/scenario/scenario';
import { createScenarioMachine, type ScenarioEvent } from '../../src/scenario/scenario.machine';

const root = resolve(import.meta.dirname, '../..');
const results = readScenarioFiles(root);
const files = Array.isArray(results) ? results : [];

/** Every path from the start to an ending that enters no state twice, as event lists. */
function donePaths(scenario: Scenario): ScenarioEvent[][] {
  const machine = createScenarioMachine(scenario);
  // The path in context grows with every reply, so states are compared by value alone;
  // otherwise a loop would look like endless new states.
  const paths = getSimplePaths(machine, {
    serializeState: (state) => JSON.stringify(state.value),
    toState: (state) => state.status === 'done',
  });
  // Each step pairs a state with the event that led to it; the first is the machine starting.
  return paths.map((path) => path.steps.slice(1).map((step) => step.event));
}

function replyIdsOf(events: readonly ScenarioEvent[]): string[] {
  return events.flatMap((e) => (e.type.startsWith('reply.') ? [e.type.slice('reply.'.length)] : []));
}

/** Reply ids whose target can lead back to their own scene: loops a simple path may not take. */
function loopingReplies(scenario: Scenario): Set<string> {
  const next = (sceneId: string) => scenario.scenes.find((s) => s.id === sceneId)?.replies.map((r) => r.next) ?? [];
  const reaches = (from: string, to: string) => {
    const seen = new Set<string>();
    const queue = [from];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (id === to) return true;
      if (!seen.has(id)) queue.push(...next(id));
      seen.add(id);
    }
    return false;
  };
  return new Set(scenario.scenes.flatMap((s) => s.replies.filter((r) => reaches(r.next, s.id)).map((r) => r.id)));
}

it('reads at least the two example scenarios from scenarios/', () => {
  expect(Array.isArray(results)).toBe(true);
  expect(files.map((f) => f.summary.id)).toEqual(expect.arrayContaining(['late-delivery', 'billing-error']));
});

describe.each(files.map((f) => [f.summary.file, f] as const))('%s', (_file, result) => {
  it('passes every content check', () => {
    expect(result.errors).toEqual([]);
  });

  const scenario = result.scenario;
  if (!scenario) return;
  const paths = donePaths(scenario);
  const bandOf = new Map(scenario.scenes.flatMap((s) => s.replies.map((r) => [r.id, r.band] as const)));

  it('has the same number of paths as check:content reports', () => {
    expect(paths.length).toBe(result.report?.paths);
  });

  it('visits every scene and ending, and offers every reply that does not loop back', () => {
    const taken = new Set(paths.flatMap(replyIdsOf));
    const looping = loopingReplies(scenario);
    const replies = scenario.scenes.flatMap((s) => s.replies.map((r) => r.id)).filter((id) => !looping.has(id));
    expect(replies.filter((id) => !taken.has(id))).toEqual([]);
    const reached = new Set(
      paths.flatMap((events) => {
        const last = replyIdsOf(events).at(-1);
        return scenario.scenes.flatMap((s) => s.replies.filter((r) => r.id === last).map((r) => r.next));
      }),
    );
    expect(scenario.endings.map((e) => e.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  it.each(paths.map((events) => [replyIdsOf(events).join(' → '), events] as const))('%s', (_name, events) => {
    const actor = createActor(createScenarioMachine(scenario)).start();
    for (const event of events) {
      expect(actor.getSnapshot().can(event)).toBe(true);
      actor.send(event);
    }
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    const endings = scenario.endings.filter((e) => snapshot.matches(e.id));
    expect(endings).toHaveLength(1);
    const [ending] = endings;
    const bandTags = [...snapshot.tags].filter((t) => t.startsWith('band.'));
    expect(bandTags).toEqual([`band.${ending?.band}`]);

    const replies = replyIdsOf(events);
    const bands = replies.map((id) => bandOf.get(id));
    expect(snapshot.output).toEqual({
      scenarioId: scenario.id,
      endingId: ending?.id,
      band: ending?.band,
      path: replies.map((replyId, i) => ({ replyId, band: bands[i] })),
      // The walk reports no time spent on a turn.
      seconds: 0,
    });
    if (bands.every((b) => b === 'wow')) expect(ending?.band).toBe('wow');
    if (bands.includes('misery')) expect(ending?.band).not.toBe('wow');
  });
});
