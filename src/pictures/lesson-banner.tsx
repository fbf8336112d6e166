import { pictureUrl } from './picture-urls';

const URLS = import.meta.glob<string>('./generated/banner-*.svg', { eager: true, query: '?url', import: 'default' });

/** The strip of pictures at the top of a lesson. Decorative: the lesson's title follows it. */
export function LessonBanner({ lessonId }: { readonly lessonId: string }) {
  const src = pictureUrl(URLS, 'banner', lessonId);
  if (!src) return null;
  return <img className="lesson-banner" src={src} alt="" width={1200} height={240} loading="lazy" decoding="async" />;
}
