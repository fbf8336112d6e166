import type { Scenario } from '../../src/scenario/scenario';
import type { Finding } from './scenario-graph-index';

/** Replies are buttons named by their text, so two in one scene must not read the same. */
export function checkWording(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  scenario.scenes.forEach((scene, i) => {
    const seen = new Map<string, number>();
    scene.replies.forEach((reply, j) => {
      const key = reply.text.trim().toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, j);
      else
        findings.push({
          place: { at: 'reply', scene: i, reply: j },
          related: { at: 'reply', scene: i, reply: first },
          id: reply.id,
          message:
            'same text: learners could not tell these replies apart, and this one has the same text as the reply',
        });
    });
  });
  return findings;
}
