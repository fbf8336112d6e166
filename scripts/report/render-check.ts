import type { ReportCheck } from './course-model';
import { barChart, esc, percent, scrollTable, share } from './html';
import type { CheckTally } from './tally';

/** One knowledge check: first-try share, a chart of the options chosen and the same figures as a table. */
export function renderCheck(check: ReportCheck, tally: CheckTally, id: string): string {
  const out = [
    `<section id="${id}" aria-labelledby="${id}-h">`,
    `<h3 id="${id}-h">Check: ${esc(check.question)}</h3>`,
    `<p class="muted">Lesson “${esc(check.lessonTitle)}” · check <code>${esc(check.id)}</code>${check.multiple ? ' · more than one answer is right' : ''}</p>`,
  ];
  if (tally.learners === 0) {
    out.push('<p>No learner has answered this check yet.</p></section>');
    return out.join('\n');
  }
  out.push(
    `<p><strong>${percent(tally.rightFirstTry, tally.learners)}% right at first try</strong> (${tally.rightFirstTry} of ${tally.learners} learners).</p>`,
  );
  for (const optionId of tally.misleading) {
    const option = check.options.find((o) => o.id === optionId);
    out.push(
      `<p class="flag"><strong>Possibly confusing:</strong> the wrong option ${esc(optionId)}, “${esc(option?.text ?? optionId)}”, drew more learners (${share(tally.optionCounts[optionId] ?? 0, tally.learners)}) than a right answer.</p>`,
    );
  }
  const bars = check.options.map((o) => ({
    label: `Option ${o.id}`,
    count: tally.optionCounts[o.id] ?? 0,
    note: o.correct ? '✓ right' : '',
    emphasis: o.correct,
  }));
  out.push(
    '<figure>',
    barChart(
      `Learners who chose each option of “${check.question}”, first try; the table below has the same figures`,
      bars,
      tally.learners,
    ),
    '<figcaption>Share of learners whose first answer included each option. Right options are marked ✓.</figcaption>',
    '</figure>',
    scrollTable(
      'Options chosen at first try',
      ['Option', 'What it says', 'Right?', 'Chosen by'],
      check.options.map((o) => [
        esc(o.id),
        esc(o.text),
        o.correct ? '✓ right' : 'wrong',
        share(tally.optionCounts[o.id] ?? 0, tally.learners),
      ]),
    ),
    '</section>',
  );
  return out.join('\n');
}
