import { hrefFor } from './hash-route';
import { PageHeading } from './page-heading';

export function NotFoundScreen({ what }: { readonly what: string }) {
  return (
    <div className="not-found">
      <PageHeading>We could not find that {what}</PageHeading>
      <p>The link may be out of date. Your progress is safe.</p>
      <a className="button button--primary" href={hrefFor({ name: 'outline' })}>
        Go to the course outline
      </a>
    </div>
  );
}
