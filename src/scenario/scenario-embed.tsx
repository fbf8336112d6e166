import { Suspense, use, useState } from 'react';
import { LoadErrorBoundary } from '../ui/load-error-boundary';
import { forgetScenario, hasScenario, loadScenario } from './scenario-loader';
import { ScenarioPlayer } from './scenario-player';
import { ScenarioProblem } from './scenario-problem';
import { t } from '../i18n/i18n';
import 'virtual:ui-messages/roleplay';

function LoadedScenario({ id }: { readonly id: string }) {
  return <ScenarioPlayer scenario={use(loadScenario(id))} />;
}

/**
 * What a lesson's `<Scenario id="…"/>` and the `#/scenario/<id>` preview render. Loads the
 * scenario's own chunk on demand, so no scenario is in the first-load bundle.
 */
export function ScenarioEmbed({ id }: { readonly id: string }) {
  const [attempt, setAttempt] = useState(0);
  if (!hasScenario(id)) return <ScenarioProblem>{t('roleplay.unknown-id', { id })}</ScenarioProblem>;
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
              {t('roleplay.load-again')}
            </button>
          }
        >
          {t('roleplay.load-failed')}
        </ScenarioProblem>
      }
    >
      <Suspense
        fallback={
          <p className="scn-loading" role="status">
            {t('loading.role-play')}
          </p>
        }
      >
        <LoadedScenario id={id} />
      </Suspense>
    </LoadErrorBoundary>
  );
}
