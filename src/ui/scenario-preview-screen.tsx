import { ScenarioEmbed } from '../scenario/scenario-embed';
import { hrefFor } from './hash-route';
import { PageHeading } from './page-heading';
import { useCatalog } from './use-course';

/** Opens one scenario on its own, so authors can play it without finding its lesson. */
export function ScenarioPreviewScreen({ scenarioId }: { readonly scenarioId: string }) {
  const catalog = useCatalog();
  const entry = catalog.scenarios.find((s) => s.id === scenarioId);
  return (
    <div className="scenario-preview">
      <p className="eyebrow">Role-play preview</p>
      <PageHeading>{entry?.title ?? 'Unknown role-play'}</PageHeading>
      <ScenarioEmbed id={scenarioId} />
      <p>
        <a
          href={entry?.lessonId ? hrefFor({ name: 'lesson', lessonId: entry.lessonId }) : hrefFor({ name: 'outline' })}
        >
          {entry?.lessonId ? 'Go to the lesson this role-play belongs to' : 'Go to the course outline'}
        </a>
      </p>
    </div>
  );
}
