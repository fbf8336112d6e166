import { ScenarioEmbed } from '../scenario/scenario-embed';
import { hrefFor } from './hash-route';
import { PageHeading } from './page-heading';
import { useCatalog } from './use-course';
import { t } from '../i18n/i18n';
import 'virtual:ui-messages/roleplay';

/** Opens one scenario on its own, so authors can play it without finding its lesson. */
export function ScenarioPreviewScreen({ scenarioId }: { readonly scenarioId: string }) {
  const catalog = useCatalog();
  const entry = catalog.scenarios.find((s) => s.id === scenarioId);
  return (
    <div className="scenario-preview">
      <p className="eyebrow">{t('roleplay.preview')}</p>
      <PageHeading>{entry?.title ?? t('roleplay.preview-unknown')}</PageHeading>
      <ScenarioEmbed id={scenarioId} />
      <p>
        <a
          href={entry?.lessonId ? hrefFor({ name: 'lesson', lessonId: entry.lessonId }) : hrefFor({ name: 'outline' })}
        >
          {entry?.lessonId ? t('roleplay.preview-to-lesson') : t('roleplay.preview-to-outline')}
        </a>
      </p>
    </div>
  );
}
