import { mapTitle, renderScenarioMap } from '../maps';
import { bandStyle } from '../maps/band-style';
import type { ReportScenario } from './course-model';
import { barChart, esc, scrollTable, share } from './html';
import type { PathCount, ScenarioTally } from './tally';

/** How many of the most common paths the report lists. */
export const TOP_PATHS = 5;

const replyOf = (scenario: ReportScenario, sceneId: string, replyId: string) =>
  scenario.map.scenes.find((s) => s.id === sceneId)?.replies.find((r) => r.id === replyId);

function pathText(scenario: ReportScenario, path: PathCount): string {
  const steps = path.steps.map((step) => {
    const reply = replyOf(scenario, step.sceneId, step.replyId);
    return `${esc(step.sceneId)}: “${esc(reply?.text ?? step.replyId)}” <span class="muted">(${esc(bandStyle(reply?.band).mark)})</span>`;
  });
  return `<ol>${steps.map((s) => `<li>${s}</li>`).join('')}</ol>`;
}

/**
 * One role-play: its map with the share of learners on every arrow and ending (the maps' own
 * drawing), then the same figures as tables (replies by scene, endings), then the commonest paths.
 */
export async function renderRoleplay(
  scenario: ReportScenario,
  tally: ScenarioTally,
  id: string,
  lang: string,
): Promise<string> {
  const { map } = scenario;
  const out = [
    `<section id="${id}" aria-labelledby="${id}-h">`,
    `<h3 id="${id}-h">Role-play: ${esc(scenario.title)}</h3>`,
    `<p class="muted">${scenario.lessonTitle ? `Lesson “${esc(scenario.lessonTitle)}” · ` : ''}role-play <code>${esc(map.id)}</code></p>`,
  ];
  if (tally.learners === 0) {
    out.push('<p>No learner has played this role-play yet.</p></section>');
    return out.join('\n');
  }
  const finished = tally.learners - tally.unfinished;
  out.push(
    `<ul class="figures"><li><strong>${tally.learners}</strong> learners played it</li><li><strong>${finished}</strong> reached an ending</li>${tally.unfinished > 0 ? `<li><strong>${tally.unfinished}</strong> stopped before an ending</li>` : ''}</ul>`,
  );
  const svg = await renderScenarioMap(map, {
    choiceCounts: tally.choiceCounts,
    endingCounts: tally.endingCounts,
    title: `${mapTitle(map, { title: `Map of “${scenario.title}” with learners’ choices` })}`,
    lang,
  });
  out.push(
    '<figure>',
    `<div class="scroll map-box" role="region" tabindex="0" aria-label="Map of ${esc(scenario.title)}, scrolls sideways">${svg.replace('<svg', '<svg class="map"')}</div>`,
    '<figcaption>Each arrow is a reply with the share of learners in that scene who chose it; each ending, the share of learners who reached it. The tables below give the same figures.</figcaption>',
    '</figure>',
  );

  const sceneRows = map.scenes.flatMap((scene) => {
    const counts = tally.choiceCounts[scene.id] ?? {};
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return scene.replies.map((reply, i) => [
      i === 0
        ? `${esc(scene.id)}${scene.id === map.start ? ' (start)' : ''}`
        : `<span class="muted">${esc(scene.id)}</span>`,
      `“${esc(reply.text ?? reply.id)}” <span class="muted">(${esc(reply.id)})</span>`,
      esc(bandStyle(reply.band).mark),
      share(counts[reply.id] ?? 0, total),
      esc(reply.next),
    ]);
  });
  out.push(
    `<h4>Replies chosen, scene by scene</h4>`,
    scrollTable(
      `Replies chosen in “${esc(scenario.title)}” (share of the choices made in each scene)`,
      ['Scene', 'Reply', 'Band', 'Chosen', 'Leads to'],
      sceneRows,
    ),
  );

  const endingTotal = tally.learners;
  out.push(
    `<h4>Endings reached</h4>`,
    '<p class="muted">The course does not record endings; each learner’s ending is where their last reply leads in the scenario.</p>',
    barChart(
      `Learners who reached each ending of “${scenario.title}”; the table below has the same figures`,
      [
        ...map.endings.map((e) => ({
          label: e.id.length > 12 ? `${e.id.slice(0, 11)}…` : e.id,
          count: tally.endingCounts[e.id] ?? 0,
          note: bandStyle(e.band).mark,
          emphasis: e.band === 'wow',
        })),
        ...(tally.unfinished > 0 ? [{ label: 'no ending', count: tally.unfinished, note: 'stopped' }] : []),
      ],
      endingTotal,
    ),
    scrollTable(
      `Endings of “${esc(scenario.title)}” (share of the ${endingTotal} learners who played it)`,
      ['Ending', 'Title', 'Band', 'Reached by'],
      [
        ...map.endings.map((e) => [
          esc(e.id),
          esc(e.title ?? ''),
          esc(bandStyle(e.band).mark),
          share(tally.endingCounts[e.id] ?? 0, endingTotal),
        ]),
        ...(tally.unfinished > 0
          ? [['none', 'Stopped before an ending', '', share(tally.unfinished, endingTotal)]]
          : []),
      ],
    ),
  );

  const top = tally.paths.slice(0, TOP_PATHS);
  out.push(
    `<h4>Most common paths</h4>`,
    `<p class="muted">${tally.paths.length} different paths in all; the ${top.length} most common:</p>`,
    scrollTable(
      `Most common paths through “${esc(scenario.title)}”`,
      ['Rank', 'Replies, in order', 'Ending', 'Learners'],
      top.map((path, i) => {
        const ending = map.endings.find((e) => e.id === path.endingId);
        return [
          String(i + 1),
          pathText(scenario, path),
          ending
            ? `${esc(ending.title ?? ending.id)} <span class="muted">(${esc(bandStyle(ending.band).mark)})</span>`
            : 'none yet',
          share(path.learners, tally.learners),
        ];
      }),
    ),
    '</section>',
  );
  return out.join('\n');
}
