import { isCorrectAnswer } from '../../src/course/check-answer';
import type { ReportCourse } from './course-model';
import { seededRandom, type LearnerPlay } from './simulated-plays';

const ANSWERED = { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } };
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

export interface XapiExportOptions {
  /** The AU's activity id, as the LMS gave it at launch. */
  readonly activityId: string;
  /** The course id in the band extension's IRI (docs/tracking.md, "The band extension"). */
  readonly courseId: string;
  readonly homePage: string;
  readonly start: number;
  readonly seed?: number;
}

/**
 * The `answered` statements the cmi5 AU sends for these plays, in the shape docs/tracking.md gives
 * (branch au): one per reply of a role-play's first run, one per check's first answer; as a page of
 * an LRS's statements query ({"statements": [...], "more": ""}). For the 10,000-learner benchmark;
 * the test data of record has the statements the running course sent to the local LRS.
 */
export function writeXapiStatements(
  course: ReportCourse,
  plays: readonly LearnerPlay[],
  options: XapiExportOptions,
): string {
  const random = seededRandom(options.seed ?? 7);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const band = `https://${options.courseId}.invalid/xapi/band`;
  const statements: object[] = [];
  plays.forEach((play, n) => {
    let at = options.start + n * 3_600_000;
    const actor = {
      objectType: 'Agent',
      name: play.learner.name,
      account: { homePage: options.homePage, name: play.learner.id },
    };
    const stamp = () => new Date((at += 20_000)).toISOString();
    for (const answer of play.checks) {
      const check = course.checks.get(answer.checkId);
      const right = check?.options.filter((o) => o.correct).map((o) => o.id) ?? [];
      const success = isCorrectAnswer(answer.options, check?.options ?? []);
      statements.push({
        id: uuid(),
        timestamp: stamp(),
        actor,
        verb: ANSWERED,
        object: {
          objectType: 'Activity',
          id: `${options.activityId}/check/${answer.checkId}`,
          definition: { type: INTERACTION, interactionType: 'choice', correctResponsesPattern: [right.join('[,]')] },
        },
        result: { response: answer.options.join('[,]'), success, duration: 'PT9S' },
      });
    }
    for (const run of play.runs) {
      const scenario = course.scenarios.get(run.scenarioId);
      for (const step of run.steps) {
        const replyBand = scenario?.map.scenes
          .find((s) => s.id === step.sceneId)
          ?.replies.find((r) => r.id === step.replyId)?.band;
        const roleplay = `${options.activityId}/roleplay/${run.scenarioId}`;
        statements.push({
          id: uuid(),
          timestamp: stamp(),
          actor,
          verb: ANSWERED,
          object: {
            objectType: 'Activity',
            id: `${roleplay}/scene/${step.sceneId}`,
            definition: { type: INTERACTION, interactionType: 'choice' },
          },
          result: {
            response: step.replyId,
            ...(replyBand === 'wow' ? { success: true } : replyBand === 'misery' ? { success: false } : {}),
            duration: 'PT8S',
            extensions: { [band]: replyBand },
          },
          context: { contextActivities: { parent: [{ id: roleplay }] } },
        });
      }
    }
  });
  // One statement a line: compact like an LRS's export, yet each statement has a line of its own for messages.
  return `{"statements": [\n${statements.map((s) => JSON.stringify(s)).join(',\n')}\n], "more": ""}\n`;
}
