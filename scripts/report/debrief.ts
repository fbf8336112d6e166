import type { Band } from '../../src/course/progress-facts';
import type { ReportCourse } from './course-model';
import { percent } from './html';
import type { ReportTally } from './tally';

/** One talking point for a classroom debrief, weightier ones first. */
export interface DebriefPoint {
  readonly weight: number;
  readonly text: string;
  /** The section of the report it comes from, and a link text that names it. */
  readonly anchor: string;
  readonly linkText: string;
}

/** A first-try share below this is worth going over in class. */
export const LOW_FIRST_TRY = 60;

const endingsOf = (course: ReportCourse, scenarioId: string, band: Band) =>
  course.scenarios
    .get(scenarioId)
    ?.map.endings.filter((e) => e.band === band)
    .map((e) => e.id) ?? [];

/**
 * What a trainer could take into the classroom for one module: the questions most learners got
 * wrong or that a wrong option drew, and in each role-play the Misery reply chosen most often and
 * how many reached a WOW ending. Plain sentences, built from the same figures as the tables.
 */
export function debriefPoints(
  course: ReportCourse,
  tally: ReportTally,
  moduleId: string,
  anchorOf: (kind: 'check' | 'roleplay', id: string) => string,
): DebriefPoint[] {
  const module = course.modules.find((m) => m.id === moduleId);
  if (!module) return [];
  const points: DebriefPoint[] = [];
  for (const checkId of module.checkIds) {
    const check = course.checks.get(checkId);
    const t = tally.checks.get(checkId);
    if (!check || !t || t.learners === 0) continue;
    const right = percent(t.rightFirstTry, t.learners);
    const lures = t.misleading
      .map((id) => check.options.find((o) => o.id === id))
      .filter((o) => o !== undefined)
      .map((o) => `“${o.text}” (${percent(t.optionCounts[o.id] ?? 0, t.learners)}%)`);
    if (right >= LOW_FIRST_TRY && lures.length === 0) continue;
    points.push({
      weight: 100 - right + lures.length * 20,
      anchor: anchorOf('check', checkId),
      linkText: `Figures for check ${checkId}`,
      text:
        `Go over “${check.question}”: ${right}% right at first try.` +
        (lures.length > 0
          ? ` More learners chose ${lures.join(' and ')} than a right answer; ask what made it convincing.`
          : ''),
    });
  }
  for (const scenarioId of module.scenarioIds) {
    const scenario = course.scenarios.get(scenarioId);
    const t = tally.scenarios.get(scenarioId);
    if (!scenario || !t || t.learners === 0) continue;
    const reached = (band: Band) =>
      endingsOf(course, scenarioId, band).reduce((n, id) => n + (t.endingCounts[id] ?? 0), 0);
    const wow = percent(reached('wow'), t.learners);
    const misery = percent(reached('misery'), t.learners);
    let worst: { scene: string; text: string; share: number } | null = null;
    for (const scene of scenario.map.scenes) {
      const counts = t.choiceCounts[scene.id] ?? {};
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      for (const reply of scene.replies) {
        if (reply.band !== 'misery' || total === 0) continue;
        const s = percent(counts[reply.id] ?? 0, total);
        if (!worst || s > worst.share) worst = { scene: scene.id, text: reply.text ?? reply.id, share: s };
      }
    }
    points.push({
      weight: misery + (worst?.share ?? 0) / 2,
      anchor: anchorOf('roleplay', scenarioId),
      linkText: `Figures for “${scenario.title}”`,
      text:
        `“${scenario.title}”: ${wow}% reached a WOW ending, ${misery}% a Misery ending.` +
        (worst && worst.share > 0
          ? ` The Misery reply chosen most: “${worst.text}” (${worst.share}% of choices in scene ${worst.scene}); role-play it again and ask what the customer heard.`
          : ''),
    });
  }
  return points.sort((a, b) => b.weight - a.weight);
}
