interface ScoreSummaryProps {
  readonly score: number | null;
  readonly passMark: number;
  readonly complete: boolean;
  readonly passed: boolean;
}

function verdict({ score, complete, passed }: ScoreSummaryProps): string {
  if (score === null) return 'Answer a knowledge check or finish a role-play to start your score.';
  if (!complete)
    return passed
      ? 'You are above the pass mark. Finish the course to complete it.'
      : 'Finish every lesson, check and role-play to complete the course. Replay role-plays to raise your score: your best result counts.';
  return passed
    ? 'You passed. Well done.'
    : 'You have finished, but your score is below the pass mark. Replay role-plays to raise it: your best result counts.';
}

/** The course score against the pass mark, in words as well as numbers. The score comes already rounded, as the LMS receives it. */
export function ScoreSummary(props: ScoreSummaryProps) {
  const { score, passMark } = props;
  return (
    <section className={`score-summary ${props.passed ? 'is-passed' : ''}`} aria-labelledby="score-title">
      <h2 id="score-title" className="visually-hidden">
        Score
      </h2>
      <p className="score-summary__figure">
        <span className="score-summary__value">{score === null ? '–' : `${score}%`}</span>
        <span className="score-summary__label">your score · pass mark {passMark}%</span>
      </p>
      <p className="score-summary__verdict">{verdict(props)}</p>
    </section>
  );
}
