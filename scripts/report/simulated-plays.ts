import type { ReportCourse } from './course-model';

/** What one simulated learner did: the truth the report's figures must match. */
export interface LearnerPlay {
  readonly learner: { readonly id: string; readonly name: string; readonly email: string };
  /** Each check's first answer, in course order. */
  readonly checks: readonly { readonly checkId: string; readonly options: readonly string[] }[];
  /** Each role-play's first run: the replies in order, and whether it was left before an ending. */
  readonly runs: readonly {
    readonly scenarioId: string;
    readonly steps: readonly { sceneId: string; replyId: string }[];
  }[];
}

/** A small seeded generator (mulberry32), so the same seed plays the same learners. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Amara', 'Ben', 'Chloé', 'Dev', 'Elif', 'Femi', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena'];
const LAST = ['Okafor', 'Smith', 'Dubois', 'Patel', 'Yılmaz', 'Adeyemi', "O'Brien", 'Tanaka', 'García', 'Berg'];

/**
 * Learners with varied habits: each has a "skill" that tilts them towards WOW replies and right
 * options, so choices spread over every branch without being uniform; some leave a role-play
 * part way. Walks the scenario graphs as the course does, loops included (at most a few laps).
 */
export function simulatePlays(course: ReportCourse, learners: number, seed = 1): LearnerPlay[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const plays: LearnerPlay[] = [];
  for (let n = 0; n < learners; n += 1) {
    const skill = random();
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const checks = [...course.checks.values()].map((check) => {
      const right = check.options.filter((o) => o.correct).map((o) => o.id);
      if (random() < skill) return { checkId: check.id, options: right };
      const wrong = check.options.filter((o) => !o.correct);
      const options = check.multiple
        ? [...new Set([pick(check.options).id, pick(wrong.length > 0 ? wrong : check.options).id])].sort()
        : [pick(wrong.length > 0 ? wrong : check.options).id];
      return { checkId: check.id, options };
    });
    const runs = [...course.scenarios.values()].flatMap((scenario) => {
      if (random() < 0.05) return []; // never opened it
      const leaves = random() < 0.08;
      const steps: { sceneId: string; replyId: string }[] = [];
      let at = scenario.map.start;
      const scenes = new Map(scenario.map.scenes.map((s) => [s.id, s]));
      while (scenes.has(at) && steps.length < 12) {
        const scene = scenes.get(at);
        if (!scene || scene.replies.length === 0) break;
        if (leaves && steps.length > 0 && random() < 0.5) break;
        const wow = scene.replies.filter((r) => r.band === 'wow');
        const reply = random() < skill * 0.8 && wow.length > 0 ? pick(wow) : pick(scene.replies);
        steps.push({ sceneId: scene.id, replyId: reply.id });
        at = reply.next;
      }
      return [{ scenarioId: scenario.map.id, steps }];
    });
    plays.push({
      learner: { id: `learner-${n + 1}`, name, email: `learner${n + 1}@example.org` },
      checks,
      runs,
    });
  }
  return plays;
}
