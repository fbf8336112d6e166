import { Suspense, use, useState } from 'react';
import { LoadErrorBoundary } from '../ui/load-error-boundary';
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
    <LoadErrorBoundary
      key={`${id}:${attempt}`}
      fallback={
        <ScenarioProblem
          action={
            <button
              type="button"
              className="scn-button scn-button--secondary"
              onClick={() => {
                forgetScenario(id);
                setAttempt((n) => n + 1);
              }}
            >
              Try loading it again
            </button>
          }
        >
          This role-play could not be loaded. Check your connection, then try again. Your progress so far is saved.
        </ScenarioProblem>
      }
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
    </LoadErrorBoundary>
  );
}
