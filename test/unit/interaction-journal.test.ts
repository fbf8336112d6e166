import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX, shortDescription } from '../../src/tracking/interaction-report';
import { roleplayId } from '../../src/app/course.machine';
import { roleplayStart } from '../../src/scenario/roleplay-start';
import type { Scenario } from '../../src/scenario/scenario';
import { replyEvent, type RoleplayActor } from '../../src/scenario/scenario.machine';
import { sampleCatalog } from './support/catalog';
import { sampleScenario } from './support/scenario';
import { launchCourse, playScenario } from './tracking-support/course-session';
import { createTestLms, relaunch, type TestLms } from './tracking-support/lms-fixtures';

const catalog = sampleCatalog();

const journal = (lms: TestLms) =>
  lms.strict.writes.filter(([element]) => /^cmi\.interactions\.\d+\.id$/.test(element)).map(([, id]) => id);

describe('the interaction journal', () => {
  it('records each role-play scene once: a replay adds nothing, even in a later sitting (SCORM 2004)', async () => {
    const first = createTestLms('2004');
    const course = await launchCourse({ catalog, win: { API_1484_11: first.api } });
    playScenario(course, 'misery', 0);
    playScenario(course, 'wow', 1);
    course.session.send({ type: 'session.exit' });
    expect(journal(first)).toEqual(['scenario.sc.scene-1', 'scenario.sc.scene-2']);

    const second = relaunch(first);
    const again = await launchCourse({ catalog, win: { API_1484_11: second.api } });
    playScenario(again, 'wow', 2);
    again.session.send({ type: 'session.exit' });
    expect(journal(second)).toEqual([]);
    // The replays still count: the role-play's objective holds the best ending.
    expect(second.value('cmi.objectives.1.id')).toBe('scenario.sc');
    expect(second.value('cmi.objectives.1.score.raw')).toBe('100');
    expect(second.strict.violations).toEqual([]);
  });

  it('journals a role-play on its first run only: a replay down another branch adds no scene', async () => {
    const base = sampleScenario();
    const branching: Scenario = {
      ...base,
      scenes: [
        ...base.scenes.map((scene) =>
          scene.id === 'scene-1'
            ? { ...scene, replies: scene.replies.map((r) => (r.id === 'hurry' ? { ...r, next: 'scene-3' } : r)) }
            : scene,
        ),
        {
          id: 'scene-3',
          customer: ['You rushed me.'],
          replies: [{ id: 'shrug', text: 'Busy day.', band: 'misery', feedback: 'Dismissive.', next: 'end-misery' }],
        },
      ],
    };
    const lms = createTestLms('2004');
    const course = await launchCourse({ catalog, win: { API_1484_11: lms.api } });
    const play = (run: number, replyIds: readonly string[]) => {
      course.course.send(roleplayStart(branching, run));
      const actor = course.course.getSnapshot().children[roleplayId('sc', run)] as RoleplayActor | undefined;
      for (const replyId of replyIds) {
        actor?.send(replyEvent(replyId, 5_000));
        actor?.send({ type: 'feedback.continue', readMs: 5_000 });
      }
    };
    play(0, ['greet', 'listen']);
    play(1, ['hurry', 'shrug']);
    course.session.send({ type: 'session.exit' });
    expect(journal(lms)).toEqual(['scenario.sc.scene-1', 'scenario.sc.scene-2']);
    expect(lms.value('cmi.objectives.1.score.raw')).toBe('100');
    expect(lms.strict.violations).toEqual([]);
  });

  it('records each role-play scene once per session in SCORM 1.2, whose journal cannot be read back', async () => {
    const lms = createTestLms('1.2');
    const course = await launchCourse({ catalog, win: { API: lms.api } });
    playScenario(course, 'misery', 0);
    playScenario(course, 'wow', 1);
    expect(journal(lms)).toEqual(['scenario.sc.scene-1', 'scenario.sc.scene-2']);
    expect(lms.strict.violations).toEqual([]);
  });

  it('keeps descriptions short, cut at a word with an ellipsis and never inside a character', () => {
    expect(shortDescription('  Pick\n b  ')).toBe('Pick b');
    const long = shortDescription(
      'The customer says the parcel never came and asks what you will do now. 🙂 '.repeat(3),
    );
    expect(long).toBe('The customer says the parcel never came and asks what you will do now. 🙂 The…');
    expect(Array.from(long).length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(Array.from(shortDescription('🙂'.repeat(200)))).toEqual([...Array.from('🙂'.repeat(79)), '…']);
  });
});
