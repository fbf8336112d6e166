import { moduleTools } from 'virtual:module-tools';
import { judgesPassMark, meetsCompletionRule } from '../course/completion-rule';
import { moduleResults } from '../course/module-results';
import { stillToDo } from '../course/still-to-do';
import { Certificate } from './certificate';
import { PageHeading } from './page-heading';
import { ProgressBar } from './progress-bar';
import { ModuleResultCard } from './module-result-card';
import { ScoreSummary } from './score-summary';
import { StillToDoPanel } from './still-to-do-panel';
import { useCatalog, useCompletion, useCourseComplete, useCoursePassed, useCourseScore, useFacts } from './use-course';
import { t } from '../i18n/i18n';
import 'virtual:ui-messages/results';
import './results.css';

/** The closing: score against the pass mark, results per module and role-play, tools, certificate. */
export function ResultsScreen({ learnerName = null }: { readonly learnerName?: string | null }) {
  const catalog = useCatalog();
  const facts = useFacts();
  const completion = useCompletion();
  const score = useCourseScore();
  const complete = useCourseComplete();
  const passed = useCoursePassed();
  const results = moduleResults(catalog, facts);
  const { mode } = catalog.config.reporting;
  const earned = meetsCompletionRule(mode, { complete, passed });
  const judged = judgesPassMark(mode);
  return (
    <div className="results">
      <p className="eyebrow">{complete ? t('results.complete') : t('results.so-far')}</p>
      <PageHeading>{t('results.title')}</PageHeading>
      <ProgressBar percent={completion} label={t('shell.course-progress')} />
      <ScoreSummary score={score} passMark={catalog.config.passMark} complete={complete} passed={passed} />

      <h2>{t('results.by-module')}</h2>
      <div className="results__modules">
        {results.map((result, i) => (
          <ModuleResultCard key={result.module.id} result={result} number={i + 1} />
        ))}
      </div>

      <h2>{t('results.tools')}</h2>
      <div className="results__tools">
        {results
          .map(({ module }) => ({ module, tools: moduleTools[module.id] ?? [] }))
          .filter(({ tools }) => tools.length > 0)
          .map(({ module, tools }) => (
            <section key={module.id} className="tools-card" aria-labelledby={`tools-${module.id}`}>
              <h3 id={`tools-${module.id}`}>{module.title}</h3>
              <ul>
                {tools.map((tool) => (
                  <li key={tool}>{tool}</li>
                ))}
              </ul>
            </section>
          ))}
      </div>

      <h2>{t('results.certificate')}</h2>
      {earned ? (
        <Certificate learnerName={learnerName} config={catalog.config} score={judged ? score : null} />
      ) : (
        <StillToDoPanel
          todo={stillToDo(catalog, facts)}
          complete={complete}
          belowPassMark={judged && !passed}
          score={score}
          passMark={catalog.config.passMark}
          moduleNumber={(id) => results.findIndex((r) => r.module.id === id) + 1}
        />
      )}
    </div>
  );
}
