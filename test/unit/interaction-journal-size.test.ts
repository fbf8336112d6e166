import { describe, expect, it } from 'vitest';
import { roleplayId } from '../../src/app/course.machine';
import type { RoleplayActor } from '../../src/scenario/scenario.machine';
import { roleplayStart } from '../../src/scenario/roleplay-start';
import { replyEvent } from '../../src/scenario/scenario.machine';
import type { Scenario } from '../../src/scenario/scenario';
import { readScenarioFiles } from '../../scripts/content/scenario-index';
import { courseRoot, realCatalog } from './support/real-catalog';
import { launchCourse, type Course } from './tracking-support/course-session';
import { createTestLms } from './tracking-support/lms-fixtures';
import { BEACON_LIMIT_BYTES, interactionBeaconBytes } from './tracking-support/moodle-beacon';

const catalog = realCatalog();
const PLAYS = 15;
const results = readScenarioFiles(courseRoot);
if (!Array.isArray(results)) throw new Error('the scenarios do not read');
const scenarios = results.map((r) => r.scenario).filter((s): s is Scenario => s !== null);

/** The reply ids of the route with the most decisions: the first run that journals the most. */
function longestRoute(scenario: Scenario, at = scenario.start, seen: readonly string[] = []): string[] {
  const scene = scenario.scenes.find((s) => s.id === at);
  if (!scene || seen.includes(at)) return [];
  return scene.replies
    .map((reply) => [reply.id, ...longestRoute(scenario, reply.next, [...seen, at])])
    .reduce((longest, route) => (route.length > longest.length ? route : longest), []);
}

/** Plays one role-play through the course: the longest route first, then a different route each time. */
function play(course: Course, scenario: Scenario, run: number): void {
  course.course.send(roleplayStart(scenario, run));
  const actor = course.course.getSnapshot().children[roleplayId(scenario.id, run)] as RoleplayActor | undefined;
  if (!actor) throw new Error(`the course did not start ${scenario.id}`);
  let at = scenario.start;
  for (let depth = 0; depth < 50; depth += 1) {
    const scene = scenario.scenes.find((s) => s.id === at);
    const planned = run === 0 ? longestRoute(scenario)[depth] : undefined;
    const reply = planned
      ? scene?.replies.find((r) => r.id === planned)
      : scene?.replies[(run + depth) % scene.replies.length];
    if (!reply) break;
    course.clock.advance(8_000);
    actor.send(replyEvent(reply.id, 8_000));
    course.clock.advance(20_000);
    actor.send({ type: 'feedback.continue', readMs: 20_000 });
    at = reply.next;
  }
}

describe('the SCORM 2004 interaction journal on the worst path', () => {
  it('fits in one Moodle beacon: every role-play played many times, every check answered', async () => {
    const lms = createTestLms('2004');
    const course = await launchCourse({ catalog, win: { API_1484_11: lms.api } });
    for (const lesson of catalog.lessons) course.progress.send({ type: 'lesson.visited', lessonId: lesson.id });
    for (const check of catalog.checks)
      course.progress.send({
        type: 'check.answered',
        checkId: check.id,
        answer: check.options.map((o) => o.id).slice(0, check.multiple ? undefined : 1),
        latencyMs: 9_000,
        prompt: 'A question as long as the longest in the course, '.repeat(8),
      });
    for (const scenario of scenarios) for (let run = 0; run < PLAYS; run += 1) play(course, scenario, run);
    course.session.send({ type: 'session.exit' });

    const flat = lms.inner.getFlattenedCMI() as Record<string, unknown>;
    const count = Object.keys(flat).filter((element) => /^cmi\.interactions\.\d+\.id$/.test(element)).length;
    const bytes = await interactionBeaconBytes(flat);
    console.info(`[journal] ${count} interactions, ${bytes} bytes in Moodle's beacon (limit ${BEACON_LIMIT_BYTES})`);
    expect(bytes).toBeLessThan(BEACON_LIMIT_BYTES);
    expect(lms.strict.violations).toEqual([]);
  });
});
