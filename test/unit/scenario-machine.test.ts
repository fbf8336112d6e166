import { expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import type { Scenario } from '../../src/scenario/scenario';
import {
  AWAITING_REPLY,
  createScenarioMachine,
  replyEvent,
  TAGS,
  type ReplyChosen,
} from '../../src/scenario/scenario.machine';

const scenario: Scenario = {
  id: 'hold-music',
  title: 'Hold music',
  channel: 'phone',
  situation: 'A caller asks for their balance.',
  customer: { name: 'Ola Nowak', role: 'Caller', mood: 'worried' },
  start: 'question',
  scenes: [
    {
      id: 'question',
      customer: ['Can you tell me my balance?'],
      replies: [
        { id: 'answer', text: "It's £40, due on the 1st.", band: 'wow', feedback: 'Clear.', next: 'glad' },
        { id: 'mumble', text: 'Forty-ish.', band: 'mediocrity', feedback: 'Unclear.', next: 'pardon' },
      ],
    },
    {
      id: 'pardon',
      customer: ["Sorry, I didn't catch that."],
      mood: 'annoyed',
      replies: [
        {
          id: 'say-again',
          text: 'Let me say that again.',
          band: 'mediocrity',
          feedback: 'A second chance.',
          next: 'question',
        },
        { id: 'sigh', text: 'I said forty.', band: 'misery', feedback: 'Impatient.', next: 'cross' },
      ],
    },
  ],
  endings: [
    { id: 'glad', band: 'wow', title: 'Glad', debrief: 'Glad.' },
    { id: 'cross', band: 'misery', title: 'Cross', debrief: 'Cross.' },
  ],
};

it('waits on each reply’s feedback before moving to the next scene', () => {
  const actor = createActor(createScenarioMachine(scenario)).start();
  expect(actor.getSnapshot().hasTag(TAGS.answering)).toBe(true);
  actor.send(replyEvent('mumble'));
  const feedback = actor.getSnapshot();
  expect(feedback.value).toEqual({ question: 'mumble' });
  expect(feedback.hasTag(TAGS.feedback)).toBe(true);
  expect(feedback.can(replyEvent('answer'))).toBe(false);
  actor.send({ type: 'feedback.continue' });
  expect(actor.getSnapshot().value).toEqual({ pardon: AWAITING_REPLY });
});

it('ignores replies that belong to another scene', () => {
  const actor = createActor(createScenarioMachine(scenario)).start();
  expect(actor.getSnapshot().can(replyEvent('sigh'))).toBe(false);
  actor.send(replyEvent('sigh'));
  expect(actor.getSnapshot().value).toEqual({ question: AWAITING_REPLY });
});

it('records every reply, round a loop too, and outputs the ending, path and time spent', () => {
  const reported: ReplyChosen[] = [];
  const machine = createScenarioMachine(scenario).provide({
    actions: { reportReply: (_, reply) => void reported.push(reply) },
  });
  const actor = createActor(machine).start();
  for (const [i, id] of ['mumble', 'say-again', 'mumble', 'say-again', 'answer'].entries()) {
    actor.send(replyEvent(id, 2_000 + i));
    actor.send({ type: 'feedback.continue', readMs: 3_000 });
  }
  expect(reported.map((r) => [r.sceneId, r.replyId, r.latencyMs])).toEqual([
    ['question', 'mumble', 2_000],
    ['pardon', 'say-again', 2_001],
    ['question', 'mumble', 2_002],
    ['pardon', 'say-again', 2_003],
    ['question', 'answer', 2_004],
  ]);
  expect(reported[1]).toMatchObject({
    scenarioId: 'hold-music',
    band: 'mediocrity',
    prompt: "Sorry, I didn't catch that.",
  });
  const done = actor.getSnapshot();
  expect(done.status).toBe('done');
  expect(done.hasTag(TAGS.band('wow'))).toBe(true);
  expect(done.output).toEqual({
    scenarioId: 'hold-music',
    endingId: 'glad',
    band: 'wow',
    path: [
      { replyId: 'mumble', band: 'mediocrity' },
      { replyId: 'say-again', band: 'mediocrity' },
      { replyId: 'mumble', band: 'mediocrity' },
      { replyId: 'say-again', band: 'mediocrity' },
      { replyId: 'answer', band: 'wow' },
    ],
    // 2,000–2,004 ms to answer and 3,000 ms reading, five times: 25,010 ms.
    seconds: 25,
  });
});

it('has a finite set of simple paths despite the loop', () => {
  const paths = getSimplePaths(createScenarioMachine(scenario), {
    serializeState: (state) => JSON.stringify(state.value),
    toState: (state) => state.status === 'done',
  });
  const replies = paths.map((p) => p.steps.flatMap((s) => (s.event.type.startsWith('reply.') ? [s.event.type] : [])));
  expect(replies).toEqual(expect.arrayContaining([['reply.answer'], ['reply.mumble', 'reply.sigh']]));
  expect(paths).toHaveLength(2);
});

it('describes scenes by what the customer says, for the Stately inspector', () => {
  const machine = createScenarioMachine(scenario);
  expect(machine.root.description).toBe('A caller asks for their balance.');
  expect(machine.getStateNodeById('hold-music.question').description).toBe('Can you tell me my balance?');
  expect(machine.getStateNodeById('hold-music.glad').tags).toEqual(['ending', 'band.wow']);
});

it('marks the feedback that comes just before an ending', () => {
  const actor = createActor(createScenarioMachine(scenario)).start();
  actor.send(replyEvent('mumble'));
  expect(actor.getSnapshot().hasTag(TAGS.lastFeedback)).toBe(false);
  actor.send({ type: 'feedback.continue' });
  actor.send(replyEvent('sigh'));
  expect(actor.getSnapshot().hasTag(TAGS.lastFeedback)).toBe(true);
});
