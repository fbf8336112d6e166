import type { Scenario } from '../../src/scenario/scenario';
import type { Finding } from './scenario-graph-index';

/** Scene and ending ids reachable from `from`, following every reply. */
function reachableFrom(scenario: Scenario, from: string): Set<string> {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift())
    for (const reply of scenario.scenes.find((s) => s.id === id)?.replies ?? [])
      if (!seen.has(reply.next)) {
        seen.add(reply.next);
        queue.push(reply.next);
      }
  return seen;
}

/**
 * Proves each path note can be true: every reply it names exists, and lies on a way from the start
 * to its ending. A note that names a reply no path to the ending takes would never be shown, and
 * is almost always a debrief line moved to the wrong ending.
 */
export function checkPathNotes(scenario: Scenario): Finding[] {
  const fromStart = reachableFrom(scenario, scenario.start);
  const replies = new Map(scenario.scenes.flatMap((scene) => scene.replies.map((r) => [r.id, { scene, reply: r }])));
  return scenario.endings.flatMap((ending, e) =>
    (ending.ifTook ?? []).flatMap((note) =>
      note.replies.flatMap((replyId): Finding[] => {
        const found = replies.get(replyId);
        const place = { at: 'ending' as const, ending: e };
        if (!found)
          return [{ place, id: ending.id, message: `a note in ifTook names reply "${replyId}", which does not exist` }];
        const leadsHere = fromStart.has(found.scene.id) && reachableFrom(scenario, found.reply.next).has(ending.id);
        return leadsHere
          ? []
          : [
              {
                place,
                id: ending.id,
                message: `a note in ifTook names reply "${replyId}", but no path through it reaches this ending, so the note could never be shown`,
              },
            ];
      }),
    ),
  );
}
