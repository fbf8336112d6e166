/** The names cmi5 (section 8.1) puts in the AU's query string when an LMS launches it. */
const LAUNCH_NAMES = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];

/**
 * Whether this page was launched by a cmi5 LMS. Deliberately tiny: it is in the first load, and
 * everything else cmi5 needs is a chunk of its own that only a cmi5 launch downloads.
 */
export const isCmi5Launch = (search: string): boolean => {
  const query = new URLSearchParams(search);
  return LAUNCH_NAMES.every((name) => query.has(name));
};
