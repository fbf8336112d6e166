import { useId, useState } from 'react';
import { BestResult } from './best-result';
import { channelLabel } from './player-text';
import { t } from '../i18n/i18n';
import 'virtual:ui-messages/roleplay';
import type { Scenario } from './scenario';
import { ScenarioRun } from './scenario-run';
import './scenario.css';

/**
 * Plays one branching role-play; the course records every reply and ending.
 * Needs a running course (`CourseContext.Provider`) above it.
 */
export function ScenarioPlayer({ scenario }: { readonly scenario: Scenario }) {
  const titleId = useId();
  const [run, setRun] = useState(0);
  return (
    <section className="scn" aria-labelledby={titleId}>
      <header className="scn-intro">
        <p className="scn-intro__kicker">
          <span>{t('roleplay.kicker')}</span>
          <span aria-hidden="true"> · </span>
          <span>{channelLabel(scenario.channel)}</span>
        </p>
        <h2 id={titleId} className="scn-intro__title">
          {scenario.title}
        </h2>
        {scenario.pictures ? (
          <img
            className="scn-scene"
            src={scenario.pictures.scene}
            alt=""
            width={160}
            height={90}
            loading="lazy"
            decoding="async"
          />
        ) : null}
        <p className="scn-intro__situation">{scenario.situation}</p>
        <BestResult scenarioId={scenario.id} />
      </header>
      <ScenarioRun key={run} scenario={scenario} run={run} onRetry={() => setRun((n) => n + 1)} />
    </section>
  );
}
