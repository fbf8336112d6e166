import type { Scenario, Scene } from '../../src/scenario/scenario';
import type { Finding } from './scenario-graph-index';
import { absoluteWordsIn, TELL_RULES, wordCount } from './tell-rules';

/** Scenes where a WOW reply has more words than every other reply. */
function wowLongestScenes(scenario: Scenario): { eligible: number; longest: number[] } {
  const eligible = scenario.scenes
    .map((scene, i) => ({ scene, i }))
    .filter(({ scene }) => scene.replies.length > 1 && scene.replies.some((r) => r.band === 'wow'));
  const longest = eligible
    .filter(({ scene }) => {
      const others = Math.max(0, ...scene.replies.filter((r) => r.band !== 'wow').map((r) => wordCount(r.text)));
      return scene.replies.some((r) => r.band === 'wow' && wordCount(r.text) > others);
    })
    .map(({ i }) => i);
  return { eligible: eligible.length, longest };
}

type Pick = { readonly name: string; readonly index: (scene: Scene) => number };

/** Where a learner who always picks the same position (as written) ends up; null when the path loops. */
function endingFor(scenario: Scenario, pick: Pick) {
  const seen = new Set<string>();
  let sceneId = scenario.start;
  for (;;) {
    const scene = scenario.scenes.find((s) => s.id === sceneId);
    if (!scene) return scenario.endings.find((e) => e.id === sceneId) ?? null;
    if (seen.has(sceneId)) return null;
    seen.add(sceneId);
    const reply = scene.replies[Math.min(pick.index(scene), scene.replies.length - 1)];
    if (!reply) return null;
    sceneId = reply.next;
  }
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

function positionFindings(scenario: Scenario): Finding[] {
  const most = Math.max(...scenario.scenes.map((s) => s.replies.length));
  const picks: Pick[] = [
    ...Array.from({ length: most }, (_, k) => ({ name: ORDINALS[k] ?? `number ${k + 1}`, index: () => k })),
    { name: 'last', index: (scene: Scene) => scene.replies.length - 1 },
  ];
  return picks.flatMap((pick) => {
    const ending = endingFor(scenario, pick);
    return ending?.band === 'wow'
      ? [
          {
            place: { at: 'start' as const },
            id: ending.id,
            message: `tell: choosing the ${pick.name} reply as written in every scene reaches the WOW ending "${ending.id}"; vary where WOW replies sit`,
          },
        ]
      : [];
  });
}

function absoluteWordFindings(scenario: Scenario): Finding[] {
  return scenario.scenes.flatMap((scene, i) => {
    const inWow = new Set(scene.replies.filter((r) => r.band === 'wow').flatMap((r) => absoluteWordsIn(r.text)));
    return scene.replies.flatMap((reply, j) => {
      const giveaways = reply.band === 'wow' ? [] : absoluteWordsIn(reply.text).filter((w) => !inWow.has(w));
      return giveaways.length === 0
        ? []
        : [
            {
              place: { at: 'reply' as const, scene: i, reply: j },
              id: reply.id,
              message: `tell: this ${reply.band} reply says "${giveaways.join('", "')}", which gives it away`,
            },
          ];
    });
  });
}

/** Patterns in a role-play that lead to WOW without understanding: length, position and absolute words. */
export function scenarioTells(scenario: Scenario): Finding[] {
  const { eligible, longest } = wowLongestScenes(scenario);
  const lengthFindings =
    longest.length > eligible * TELL_RULES.wowLongestShare
      ? longest.map((i) => ({
          place: { at: 'scene' as const, scene: i },
          id: scenario.scenes[i]?.id ?? '',
          message: `tell: the WOW reply is the longest here, as in ${longest.length} of ${eligible} scenes (at most a third may be); make the others as specific, or the WOW reply shorter`,
        }))
      : [];
  return [...lengthFindings, ...positionFindings(scenario), ...absoluteWordFindings(scenario)];
}
