import { hrefFor } from './hash-route';
import { PageHeading } from './page-heading';
import { t } from '../i18n/i18n';

/** What could not be found: a lesson, or any other page. */
export type NotFoundWhat = 'lesson' | 'page';

export function NotFoundScreen({ what }: { readonly what: NotFoundWhat }) {
  return (
    <div className="not-found">
      <PageHeading>{t('not-found.title', { what })}</PageHeading>
      <p>{t('not-found.text')}</p>
      <a className="button button--primary" href={hrefFor({ name: 'outline' })}>
        {t('not-found.outline')}
      </a>
    </div>
  );
}
