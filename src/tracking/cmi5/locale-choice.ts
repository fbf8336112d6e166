const primary = (tag: string) => (tag.split('-')[0] ?? '').toLowerCase();

/**
 * The shipped language a learner's cmi5 `languagePreference` asks for (11.1: tags in order of
 * preference): the first tag that names a shipped language exactly, or by its language alone
 * (`es-MX` is served `es`). Null when none of them is shipped: the build launched stays.
 */
export function preferredLocale(preference: string, shipped: readonly string[]): string | null {
  const tags = preference
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  for (const tag of tags) {
    const exact = shipped.find((code) => code.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const near = shipped.find((code) => primary(code) === primary(tag));
    if (near) return near;
  }
  return null;
}

/** The sibling build of another language, with the same query string (so the same launch). */
export function siblingBuildUrl(href: string, code: string): string {
  const here = new URL(href);
  return new URL(`../${encodeURIComponent(code)}/index.html${here.search}`, here).href;
}
