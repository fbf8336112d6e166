import { lessonBanners } from 'virtual:lesson-banners';
import { useLazySvg } from './use-lazy-svg';
import './pictures.css';

/**
 * The decorative strip at the top of a lesson, drawn at build time from the `picture:` named in its
 * frontmatter. Hidden from assistive technology: the lesson's title says what the lesson is about.
 */
export function LessonBanner({ lessonId }: { readonly lessonId: string }) {
  const load = lessonBanners[lessonId];
  const svg = useLazySvg(load);
  if (!load) return null;
  return (
    <div
      className="picture lesson-banner"
      aria-hidden="true"
      // A picture from this repository, drawn at build time: never learner input.
      dangerouslySetInnerHTML={svg === null ? undefined : { __html: svg }}
    />
  );
}
