import type { MapScenario } from '../../maps';

/** Where the learner is in a role-play, as the preview's map panel tells it. */
export type MapPlace =
  | { readonly kind: 'scene'; readonly sceneId: string; readonly line: string }
  | { readonly kind: 'ending'; readonly endingId: string; readonly title: string }
  | { readonly kind: 'unknown'; readonly why: string };

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * SCORM 2004 responses carry the reply id with every character Moodle refuses turned into `_`
 * (src/tracking/scorm-formats.ts, shortIdentifier): the same rule, so a journaled response matches.
 */
const asShortIdentifier = (id: string) => id.replace(/[^A-Za-z0-9_.]/g, '_');

/**
 * The reply a journaled response names: the reply id itself (cmi5), the id as SCORM 2004 writes
 * it, or the letter of its authored position (SCORM 1.2, like the course's reply order).
 */
export function replyOfResponse(scenario: MapScenario, sceneId: string, response: string) {
  const replies = scenario.scenes.find((s) => s.id === sceneId)?.replies ?? [];
  return (
    replies.find((r) => r.id === response) ??
    replies.find((r) => asShortIdentifier(r.id) === response) ??
    (response.length === 1 ? replies[LETTERS.indexOf(response)] : undefined)
  );
}

/** A scene's place: its id and the customer's first line, the map's own words for it. */
export function scenePlace(scenario: MapScenario, sceneId: string): MapPlace {
  const scene = scenario.scenes.find((s) => s.id === sceneId);
  if (!scene) return { kind: 'unknown', why: `${scenario.id} has no scene "${sceneId}"` };
  return { kind: 'scene', sceneId, line: scene.customer?.[0] ?? '' };
}

/**
 * Where the reply the learner last gave leads: the next scene, or an ending. With no reply yet,
 * the role-play's first scene.
 */
export function placeAfterReply(scenario: MapScenario, answered?: { sceneId: string; response: string }): MapPlace {
  if (!answered) return scenePlace(scenario, scenario.start);
  const reply = replyOfResponse(scenario, answered.sceneId, answered.response);
  if (!reply)
    return {
      kind: 'unknown',
      why: `no reply "${answered.response}" in scene "${answered.sceneId}" of ${scenario.id}`,
    };
  const ending = scenario.endings.find((e) => e.id === reply.next);
  if (ending) return { kind: 'ending', endingId: ending.id, title: ending.title ?? '' };
  return scenePlace(scenario, reply.next);
}
