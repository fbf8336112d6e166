import { useSessionPhase } from '../app/use-session';
import { hrefFor } from './hash-route';
import { lmsParts } from './lms-parts';
import { ResultsLink } from './results-link';
import { useCatalog, useCompletion } from './use-course';
import { formatPercent } from '../i18n/format';
import { t } from '../i18n/i18n';

export function CourseHeader() {
  const { config } = useCatalog();
  const completion = useCompletion();
  const closed = useSessionPhase() === 'closed';
  // Only an LMS session can be exited, so the button is loaded with the LMS adapter.
  const ExitButton = lmsParts()?.ExitButton;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="site-header__brand" href={hrefFor({ name: 'start' })}>
          <img className="site-header__logo" src={config.logo} alt="" width={36} height={36} />
          <span className="site-header__names">
            <span className="site-header__title">{config.title}</span>
            <span className="site-header__org">{config.organisation}</span>
          </span>
        </a>
        <nav aria-label={t('shell.nav-label')} className="site-header__nav">
          {!closed && <a href={hrefFor({ name: 'outline' })}>{t('shell.nav.outline')}</a>}
          {!closed && <ResultsLink>{t('shell.nav.results')}</ResultsLink>}
          <span
            className="site-header__progress"
            aria-label={t('shell.progress-label', { percent: formatPercent(completion) })}
          >
            {formatPercent(completion)}
          </span>
          {ExitButton && <ExitButton />}
        </nav>
      </div>
    </header>
  );
}
