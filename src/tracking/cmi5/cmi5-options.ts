/** What the cmi5 adapter needs from the page; src/main.tsx gives the real ones, tests their own. */
export interface Cmi5Options {
  /** The page's address: the launch parameters, mixed with any query string of the page's own. */
  readonly href: string;
  /**
   * The language of this build, and every language the package ships (its sibling builds); by
   * default the build's own, read here so the first load does not carry them.
   */
  readonly locale?: string;
  readonly locales?: readonly string[];
  readonly fetch?: typeof fetch;
  /** Holds the auth token for this launch, so a reload or a language hop does not ask for it again. */
  readonly sessionStorage?: Storage | null;
  /** Holds what is still to be sent, per registration, so a closed tab loses nothing. */
  readonly localStorage?: Storage | null;
  readonly now?: () => number;
  /** Leaves the page: `replace` for the hop to another language's build, `assign` for returnURL. */
  readonly navigate?: (url: string, how: 'replace' | 'assign') => void;
  /** Waits before a retry; tests pass a short or manual one. */
  readonly retryDelayMs?: (failures: number) => number;
  readonly log?: (message: string) => void;
}
