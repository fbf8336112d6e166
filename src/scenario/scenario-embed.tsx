import { Suspense, use, useState } from 'react';
import { ScenarioLoadBoundary } from './scenario-load-boundary';
import { forgetScenario, hasScenario, loadScenario } from './scenario-loader';
import { ScenarioPlayer } from './scenario-player';
import { ScenarioProblem } from './scenario-problem';

function LoadedScenario({ id }: { readonly id: string }) {
  return <ScenarioPlayer scenario={use(loadScenario(id))} />;
}

/**
 * What a lesson's `<Scenario id="…"/>` and the `#/scenario/<id>` preview render. Loads the
 * scenario's own chunk on demand, so no scenario is in the first-load bundle.
 */
export function ScenarioEmbed({ id }: { readonly id: string }) {
  const [attempt, setAttempt] = useState(0);
  if (!hasScenario(id))
    return (
      <ScenarioProblem>
        There is no role-play with the id “{id}”. Check that scenarios/{id}.yaml exists and that the id is spelt the
        same in both places.
      </ScenarioProblem>
    );
  return (
    <ScenarioLoadBoundary
      key={`${id}:${attempt}`}
      onRetry={() => {
        forgetScenario(id);
        setAttempt((n) => n + 1);
      }}
    >
      <Suspense
        fallback={
          <p className="scn-loading" role="status">
            Loading the role-play…
          </p>
        }
      >
        <LoadedScenario id={id} />
      </Suspense>
    </ScenarioLoadBoundary>
  );
}
