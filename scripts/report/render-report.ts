import { BANDS } from '../../src/course/progress-facts';
import { FORMAT_NAMES, type ExportFormat } from './answers';
import type { ReportCourse } from './course-model';
import { debriefPoints } from './debrief';
import { anchor, esc, percent, scrollTable, share } from './html';
import { renderCheck } from './render-check';
import { renderRoleplay } from './render-roleplay';
import { REPORT_CSS } from './report-css';
import type { ReportTally } from './tally';

export interface ReportSource {
  readonly file: string;
  readonly format: ExportFormat;
  readonly answers: number;
  readonly skipped: number;
}

export interface RenderOptions {
  readonly sources: readonly ReportSource[];
  /** When the report was made, in epoch milliseconds (injected, so tests are repeatable). */
  readonly now: number;
}

const anchorOf = (kind: 'check' | 'roleplay', id: string) => anchor(kind, id);

/** Per module: learners, checks' first-try share, and how many reached WOW in each role-play. */
function moduleSummary(course: ReportCourse, tally: ReportTally, moduleId: string): string {
  const module = course.modules.find((m) => m.id === moduleId);
  if (!module) return '';
  const rows: string[][] = [];
  for (const checkId of module.checkIds) {
    const check = course.checks.get(checkId);
    const t = tally.checks.get(checkId);
    if (!check || !t) continue;
    rows.push([
      `<a href="#${anchorOf('check', checkId)}">Check: ${esc(check.question)}</a>`,
      String(t.learners),
      t.learners > 0 ? `${share(t.rightFirstTry, t.learners)} right at first try` : '–',
      t.misleading.length > 0 ? `Wrong option ${t.misleading.map(esc).join(', ')} drew more than a right one` : '',
    ]);
  }
  for (const scenarioId of module.scenarioIds) {
    const scenario = course.scenarios.get(scenarioId);
    const t = tally.scenarios.get(scenarioId);
    if (!scenario || !t) continue;
    const byBand = BANDS.map((band) => {
      const n = scenario.map.endings
        .filter((e) => e.band === band)
        .reduce((sum, e) => sum + (t.endingCounts[e.id] ?? 0), 0);
      return `${band === 'wow' ? 'WOW' : band === 'mediocrity' ? 'Mediocrity' : 'Misery'} ${percent(n, t.learners)}%`;
    }).join(', ');
    rows.push([
      `<a href="#${anchorOf('roleplay', scenarioId)}">Role-play: ${esc(scenario.title)}</a>`,
      String(t.learners),
      t.learners > 0 ? `Endings: ${byBand}` : '–',
      t.unfinished > 0 ? `${t.unfinished} stopped before an ending` : '',
    ]);
  }
  return scrollTable(`${esc(module.title)} at a glance`, ['Activity', 'Learners', 'Result', 'Note'], rows);
}

/** The whole report: one HTML page with its style and pictures inline, no scripts, no requests. */
export async function renderReport(course: ReportCourse, tally: ReportTally, options: RenderOptions): Promise<string> {
  const modules = course.modules.filter((m) => m.checkIds.length + m.scenarioIds.length > 0);
  const title = `Learner choices: ${course.title}`;
  const body: string[] = [];
  for (const module of modules) {
    const id = anchor('module', module.id);
    const points = debriefPoints(course, tally, module.id, anchorOf);
    body.push(
      `<section id="${id}" aria-labelledby="${id}-h">`,
      `<h2 id="${id}-h">${module.graded ? 'Module' : 'Opening'}: ${esc(module.title)}</h2>`,
      `<p>${tally.moduleLearners.get(module.id) ?? 0} learners answered something in this module.</p>`,
      `<h3>Debrief plan</h3>`,
      points.length > 0
        ? `<ol class="debrief">${points.map((p) => `<li>${esc(p.text)} <a href="#${p.anchor}">${esc(p.linkText)}</a></li>`).join('')}</ol>`
        : '<p>Nothing stands out: every check was mostly right at first try.</p>',
      moduleSummary(course, tally, module.id),
    );
    for (const checkId of module.checkIds) {
      const check = course.checks.get(checkId);
      const t = tally.checks.get(checkId);
      if (check && t) body.push(renderCheck(check, t, anchorOf('check', checkId)));
    }
    for (const scenarioId of module.scenarioIds) {
      const scenario = course.scenarios.get(scenarioId);
      const t = tally.scenarios.get(scenarioId);
      if (scenario && t) body.push(await renderRoleplay(scenario, t, anchorOf('roleplay', scenarioId), course.lang));
    }
    body.push('</section>');
  }

  const contents = modules
    .map((m) => {
      const items = [
        ...m.scenarioIds.map(
          (s) =>
            `<li><a href="#${anchorOf('roleplay', s)}">Role-play: ${esc(course.scenarios.get(s)?.title ?? s)}</a></li>`,
        ),
      ];
      return `<li><a href="#${anchor('module', m.id)}">${esc(m.title)}</a>${items.length > 0 ? `<ul>${items.join('')}</ul>` : ''}</li>`;
    })
    .join('');
  const sources = options.sources
    .map(
      (s) =>
        `<li><code>${esc(s.file)}</code>: ${esc(FORMAT_NAMES[s.format])}, ${s.answers} answers${s.skipped > 0 ? `, ${s.skipped} other rows or statements skipped` : ''}</li>`,
    )
    .join('');
  const made = new Date(options.now).toISOString().slice(0, 16).replace('T', ' ');
  const unmatched =
    tally.unmatched.count > 0
      ? `<p class="flag"><strong>${tally.unmatched.count} answers do not match this course</strong> (a question, reply or option it does not have: an export of another version?), for example ${tally.unmatched.examples.map((w) => `<code>${esc(w)}</code>`).join(', ')}. They are left out of every figure.</p>`
      : '';

  return `<!doctype html>
<html lang="${esc(course.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<ul class="figures"><li><strong>${tally.learners}</strong> learners</li><li><strong>${tally.answers}</strong> answers read</li><li>made ${esc(made)} UTC</li></ul>
</header>
<nav aria-label="Contents"><h2 id="contents">Contents</h2><ul><li><a href="#how-to-read">How to read this report</a></li>${contents}</ul></nav>
<main>
<section id="how-to-read" aria-labelledby="how-to-read-h">
<h2 id="how-to-read-h">How to read this report</h2>
<ul>
<li>Knowledge checks count each learner’s <strong>first answer</strong>, the one the course scores.</li>
<li>Role-plays count each learner’s <strong>first run</strong>: the course records a role-play the first time it is played, not replays. Shares on the map’s arrows are shares of the choices made in that scene.</li>
<li>The course does not record which <strong>ending</strong> a learner reached. The report works it out from the scenario: the ending is where the learner’s last reply leads. A learner whose replies stop before an ending left the role-play part way.</li>
<li>Every chart and map has a table with the same figures beside it.</li>
</ul>
<p>Read from:</p><ul>${sources}</ul>
${unmatched}
</section>
${body.join('\n')}
</main>
<footer><p>Made by <code>npm run report</code> from the course’s content and the exports above. No learner names are shown.</p></footer>
</body>
</html>
`;
}
