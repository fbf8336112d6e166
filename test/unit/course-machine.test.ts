import { describe, expect, it } from 'vitest';
import { roleplayId } from '../../src/app/course.machine';
import { roleplayStart } from '../../src/scenario/roleplay-start';
import { replyEvent, type RoleplayActor } from '../../src/scenario/scenario.machine';
import { sampleCatalog } from './support/catalog';
import { sampleScenario } from './support/scenario';
import { launchCourse, memoryStore, playScenario } from './tracking-support/course-session';

const catalog = sampleCatalog();

describe('the course machine', () => {
  it('starts progress from what the session restored', async () => {
    const store = memoryStore({
      visited: ['hello'],
      checks: {},
      scenarios: {},
      reflections: { r1: 'Smile first.' },
      location: 'hello',
    });
    const { progress } = await launchCourse({ catalog, store });
    expect(progress.getSnapshot().hasTag('returning')).toBe(true);
    expect(progress.getSnapshot().context.facts.reflections).toEqual({ r1: 'Smile first.' });
  });

  it('counts each finished role-play run with its best band, and keeps the run readable for its ending', async () => {
    const store = memoryStore();
    const course = await launchCourse({ catalog, store });
    playScenario(course, 'misery', 0);
    playScenario(course, 'wow', 1);
    const record = store.saved.at(-1)?.scenarios.sc;
    expect(record?.played).toBe(2);
    expect(record?.best).toBe('wow');
    const finished = course.course.getSnapshot().children[roleplayId('sc', 1)] as RoleplayActor | undefined;
    expect(finished?.getSnapshot().output).toMatchObject({ endingId: 'end-wow', seconds: 75 });
  });

  it('records nothing for a run the learner left before its ending', async () => {
    const store = memoryStore();
    const { course } = await launchCourse({ catalog, store });
    course.send(roleplayStart(sampleScenario(), 0));
    const run = course.getSnapshot().children[roleplayId('sc', 0)] as RoleplayActor | undefined;
    run?.send(replyEvent('greet', 1_000));
    course.send({ type: 'roleplay.stop', scenarioId: 'sc', run: 0 });
    expect(course.getSnapshot().children[roleplayId('sc', 0)]).toBeUndefined();
    expect(store.saved.some((facts) => 'sc' in facts.scenarios)).toBe(false);
  });

  it('starts a run afresh when the same view asks for it again', async () => {
    const { course } = await launchCourse({ catalog });
    course.send(roleplayStart(sampleScenario(), 0));
    const first = course.getSnapshot().children[roleplayId('sc', 0)] as RoleplayActor | undefined;
    first?.send(replyEvent('greet', 1_000));
    course.send(roleplayStart(sampleScenario(), 0));
    const second = course.getSnapshot().children[roleplayId('sc', 0)] as RoleplayActor | undefined;
    expect(second?.getSnapshot().context.path).toEqual([]);
  });
});
