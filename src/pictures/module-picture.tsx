import { pictureUrl } from './picture-urls';

// URLs only: each picture is a file of its own that the browser fetches when the outline shows it.
const URLS = import.meta.glob<string>('./generated/module-*.svg', { eager: true, query: '?url', import: 'default' });

/** A module's illustration beside its heading on the outline. Decorative: the heading says it all. */
export function ModulePicture({ moduleId }: { readonly moduleId: string }) {
  const src = pictureUrl(URLS, 'module', moduleId);
  if (!src) return null;
  return <img className="module-picture" src={src} alt="" width={240} height={240} loading="lazy" decoding="async" />;
}
