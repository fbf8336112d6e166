import { configure, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { readScenarioFiles } from '../../scripts/content/scenario-index';
import type { RoleplayReplied } from '../../src/app/course.machine';
import type { CourseCatalog } from '../../src/course/catalog';
import { bandMoment, bandName } from '../../src/scenario/band-text';
import { findEnding, findReply, findScene, type Scenario } from '../../src/scenario/scenario';
import { createScenarioMachine, type ReplyChosen, type ScenarioEvent } from '../../src/scenario/scenario.machine';
import { ScenarioPlayer } from '../../src/scenario/scenario-player';
import { sampleScenario } from './support/scenario';
import { sampleCatalog } from './support/catalog';
import { renderWithProgress } from './support/render-course';

// Role queries skip the per-element visibility check: the player hides nothing from assistive
// technology, and the check makes walking every path several times slower.
configure({ defaultHidden: true });

/** Above this many paths, walking each one through the UI is too slow; shortest paths still reach every state. */
const MAX_UI_PATHS = 200;

const root = resolve(import.meta.dirname, '../..');
const results = readScenarioFiles(root);
const scenarios = (Array.isArray(results) ? results : []).flatMap((r) => (r.scenario ? [r.scenario] : []));

function uiPaths(scenario: Scenario): ScenarioEvent[][] {
  const machine = createScenarioMachine(scenario);
  const options = {
    serializeState: (s: { value: unknown }) => JSON.stringify(s.value),
    toState: (s: { status: string }) => s.status === 'done',
  };
  const simple = getSimplePaths(machine, options);
  const paths = simple.length > MAX_UI_PATHS ? getShortestPaths(machine, options) : simple;
  return paths.map((p) => p.steps.slice(1).map((s) => s.event));
}

/** The player inside the running course, noting each reply the role-play reports to the course. */
async function renderPlayer(scenario: Scenario) {
  const replies: ReplyChosen[] = [];
  const catalog: CourseCatalog = {
    ...sampleCatalog(),
    scenarios: [{ id: scenario.id, title: scenario.title, lessonId: null }],
  };
  const { saved } = await renderWithProgress(<ScenarioPlayer scenario={scenario} />, catalog, null, (inspection) => {
    if (inspection.type === '@xstate.event' && inspection.event.type === 'roleplay.replied')
      replies.push((inspection.event as RoleplayReplied).reply);
  });
  // The player sets no pointer-events styles, so user-event's per-click style walk only costs time.
  return { replies, saved, user: userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never }) };
}

const replyGroup = () => screen.getByRole('group', { name: 'How do you reply?' });

async function choose(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(within(replyGroup()).getByRole('button', { name: text }));
}

describe.each(scenarios.map((s) => [s.id, s] as const))('%s, played through the player', (_id, scenario) => {
  it.each(
    uiPaths(scenario).map(
      (events) =>
        [
          events
            .filter((e) => e.type !== 'feedback.continue')
            .map((e) => e.type.slice(6))
            .join(' → '),
          events,
        ] as const,
    ),
  )('%s', async (_name, events) => {
    const { replies, saved, user } = await renderPlayer(scenario);
    const chosen: string[] = [];
    // Each turn moves focus to its new content, so the focused element is where each check looks.
    const focused = () => document.activeElement as HTMLElement;
    for (const event of events) {
      if (event.type === 'feedback.continue') {
        const last = findReply(scenario, chosen.at(-1) ?? '');
        const ending = last && findEnding(scenario, last.reply.next);
        await user.click(within(focused()).getByRole('button', { name: ending ? 'See how it ends' : 'Continue' }));
        const next = last && findScene(scenario, last.reply.next);
        if (next) expect(focused()).toHaveTextContent(next.customer[0] ?? '');
        continue;
      }
      const replyId = event.type.slice('reply.'.length);
      const found = findReply(scenario, replyId);
      if (!found) throw new Error(`no reply ${replyId}`);
      await choose(user, found.reply.text);
      chosen.push(replyId);
      expect(focused()).toHaveRole('region');
      expect(focused()).toHaveAccessibleName(`Your reply: ${bandName(found.reply.band)}`);
      expect(focused()).toHaveTextContent(found.reply.feedback);
    }

    const last = findReply(scenario, chosen.at(-1) ?? '');
    const ending = last && findEnding(scenario, last.reply.next);
    if (!ending) throw new Error('the path did not reach an ending');
    const endingRegion = focused();
    expect(endingRegion).toHaveRole('region');
    expect(endingRegion).toHaveAccessibleName(`${bandMoment(ending.band)}: ${ending.title}`);
    expect(within(endingRegion).getByText(ending.debrief)).toBeVisible();
    // A note about particular replies shows only when this path took one of them.
    for (const note of ending.ifTook ?? []) {
      if (note.replies.some((id) => chosen.includes(id)))
        expect(within(endingRegion).getByText(note.text)).toBeVisible();
      else expect(within(endingRegion).queryByText(note.text)).toBeNull();
    }
    expect(within(endingRegion).getByRole('button', { name: 'Try again' })).toBeVisible();

    const path = chosen.map((replyId) => ({ replyId, band: findReply(scenario, replyId)?.reply.band }));
    expect(replies.map((r) => ({ replyId: r.replyId, band: r.band }))).toEqual(path);
    for (const report of replies) {
      const scene = findReply(scenario, report.replyId)?.scene;
      expect(report).toMatchObject({ scenarioId: scenario.id, sceneId: scene?.id, prompt: scene?.customer.join(' ') });
      expect(report.latencyMs).toBeGreaterThanOrEqual(0);
    }
    const record = saved.at(-1)?.scenarios[scenario.id];
    expect(record).toEqual({ played: 1, best: ending.band });
  });
});

describe('an ending whose debrief depends on the path', () => {
  const base = sampleScenario();
  const withNote: Scenario = {
    ...base,
    endings: base.endings.map((e) =>
      e.id === 'end-wow' ? { ...e, ifTook: [{ replies: ['greet'], text: 'Greeting them first set the tone.' }] } : e,
    ),
  };

  it.each([
    ['greet', true],
    ['hurry', false],
  ] as const)('after "%s", shows the note about greeting: %s', async (opening, shown) => {
    const { user } = await renderPlayer(withNote);
    const first = findReply(withNote, opening)?.reply;
    if (!first) throw new Error(`no reply ${opening}`);
    await choose(user, first.text);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await choose(user, 'Tell me what happened.');
    await user.click(screen.getByRole('button', { name: 'See how it ends' }));
    const ending = screen.getByRole('region', { name: /Helped/ });
    expect(within(ending).getByText('The customer felt heard.')).toBeVisible();
    if (shown) expect(within(ending).getByText('Greeting them first set the tone.')).toBeVisible();
    else expect(within(ending).queryByText('Greeting them first set the tone.')).toBeNull();
  });
});

describe('the player', () => {
  const scenario = scenarios.find((s) => s.id === 'late-delivery');
  if (!scenario) throw new Error('late-delivery.yaml is missing');

  async function playBadly(user: ReturnType<typeof userEvent.setup>) {
    await choose(user, "It's booked for Thursday. The driver will text you a one-hour window that morning.");
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await choose(user, "I can only see what the system shows me, so I couldn't have known.");
    await user.click(screen.getByRole('button', { name: 'See how it ends' }));
  }

  it('shows the situation and the customer, and does not take focus on page load', async () => {
    await renderPlayer(scenario);
    expect(screen.getByRole('heading', { name: 'The late delivery', level: 2 })).toBeVisible();
    expect(screen.getByText(scenario.situation)).toBeVisible();
    expect(screen.getAllByText('Grace Whitlock').length).toBeGreaterThan(0);
    expect(screen.getByText(/sounds/)).toHaveTextContent('sounds pleased');
    expect(document.body).toHaveFocus();
  });

  it('shows how the customer feels as the conversation goes on', async () => {
    const { user } = await renderPlayer(scenario);
    await choose(
      user,
      "I'm glad you called, Grace. I'm sorry: your bench is running late. Here's what happened, and what we can do.",
    );
    const moodNews = screen.getByText(
      (_, e) => e?.getAttribute('role') === 'status' && e.closest('.scn-stage') !== null,
    );
    expect(moodNews).toHaveTextContent(/^$/);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText(/^sounds/)).toHaveTextContent('sounds worried');
    // Screen-reader users hear the change, since they cannot see the face change.
    expect(moodNews).toHaveTextContent('Grace Whitlock sounds worried now.');
  });

  it('shows the path taken with each band and the better reply where one existed', async () => {
    const { user } = await renderPlayer(scenario);
    await playBadly(user);
    const review = screen.getByRole('heading', { name: 'Your path' }).nextElementSibling as HTMLElement;
    const steps = within(review).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[0]).toHaveTextContent(/You said.*booked for Thursday.*Misery/);
    expect(steps[0]).toHaveTextContent(/A better reply.*I'm glad you called.*WOW/);
    expect(steps[1]).toHaveTextContent(/A better reply.*You're right, and I'm sorry/);
    expect(screen.getByText('This ending scores 0 of 100 points.')).toBeVisible();
  });

  it('starts again on "Try again", moves focus to the first turn and shows the best result so far', async () => {
    const { user, saved } = await renderPlayer(scenario);
    await playBadly(user);
    expect(screen.getByText(/Your best so far/)).toHaveTextContent(
      'Your best so far: Moment of Misery · played 1 time',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(document.activeElement).toHaveTextContent(scenario.scenes[0]?.customer[0] ?? '');
    expect(replyGroup()).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    await playBadly(user);
    expect(saved.at(-1)?.scenarios[scenario.id]?.played).toBe(2);
    expect(screen.getByText(/Your best so far/)).toHaveTextContent('played 2 times');
  });

  it('can be played with the keyboard alone', async () => {
    const { user } = await renderPlayer(scenario);
    const opening = scenario.scenes.find((s) => s.id === scenario.start);
    const wow = opening?.replies.find((r) => r.band === 'wow');
    if (!wow) throw new Error('the opening scene has no WOW reply');
    within(replyGroup()).getByRole('button', { name: wow.text }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Your reply: WOW' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toHaveTextContent("The party's on Saturday.");
  });
});

it('describes a customer turn with its narration, then the lines, so both are read when the turn takes focus', async () => {
  const withNarration = scenarios.find((s) => s.scenes.find((scene) => scene.id === s.start)?.narration);
  if (!withNarration) throw new Error('no role-play opens with narration');
  const first = withNarration.scenes.find((scene) => scene.id === withNarration.start)!;
  await renderPlayer(withNarration);
  // The current turn, the one that takes focus.
  const turn = await screen.findByText((_, e) => e?.matches('li.scn-turn--customer[tabindex="-1"]') ?? false);
  const description = (first.narration ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  expect(turn).toHaveAccessibleDescription(expect.stringContaining(description));
  expect(turn).toHaveAccessibleDescription(expect.stringContaining(first.customer[0]!.slice(0, 30)));
});
