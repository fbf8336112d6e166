/**
 * Issue #5's budgets, with issue #9's first load. Transfer is budgeted gzip-compressed, as LMSs and
 * their CDNs serve it.
 */
export const BUDGETS = {
  zipBytes: 600 * 1024,
  firstLoadBytes: 100 * 1024,
  firstLoadRequests: 6,
  usableThrottledMs: 1300,
  /** Issue #12: everything opening the heaviest lesson fetches after the start screen, pictures included. */
  lessonPageBytes: 120 * 1024,
  /** SCORM 1.2's suspend_data (CMIString4096), the smallest store the course saves to. */
  suspendDataChars: 4096,
  commitsPerUnit: 3,
} as const;

/** The Adapt framework's example course, measured on the same kind of machine (issue #5). */
export const ADAPT_REFERENCE = {
  zip: '2.5 MB',
  firstLoad: '2.1 MB, 58 requests',
  usableThrottled: '15.6 s',
} as const;

/** Lighthouse's "Slow 4G" profile, plus a 4× slower CPU. */
export const SLOW_4G = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
} as const;

export const RUNS = 5;
