/** The request and response shapes the LRS speaks, independent of Node http or fetch. */
export interface LrsRequest {
  method: string;
  /** Absolute URL, or a path under the LRS root (then resolved against baseUrl's origin). */
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

export interface LrsResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** An xAPI statement as JSON; the LRS checks its shape with xapi-validation, not with types. */
export type Statement = Record<string, unknown> & { id?: string };

export interface Violation {
  /** A requirement id that exists in @cmi5/requirements, e.g. "9.3.0.0-4". */
  requirement: string;
  message: string;
  statementId?: string;
  verb?: string;
}

export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

export interface Actor {
  name: string;
  account: { homePage: string; name: string };
}

export interface LaunchOptions {
  /** Relative or absolute URL of the AU's page, e.g. "/courses/en-GB/index.html". */
  auUrl: string;
  /** Give the previous one to relaunch in the same registration. */
  registration?: string;
  launchMode?: LaunchMode;
  moveOn?: MoveOn;
  /** 0..1 */
  masteryScore?: number;
  returnURL?: string;
  /** A comma-separated list of BCP 47 tags, e.g. "es,en-GB". */
  languagePreference?: string;
  actor?: Actor;
  /** The AU's id in cmi5.xml (its publisher id); defaults to the AU url made absolute. */
  publisherId?: string;
  /** The LMS-made activity id; defaults to one derived from the AU url, the same on every launch. */
  activityId?: string;
  launchParameters?: string;
}

export interface Launch {
  url: string;
  registration: string;
  sessionId: string;
  activityId: string;
  fetchUrl: string;
}

export interface Lrs {
  /** The LRS root as given to createLrs, without a trailing slash. */
  readonly baseUrl: string;
  /** Answers every route synchronously. */
  handle(request: LrsRequest): LrsResponse;
  /** What an LMS does before opening the AU. */
  launch(options: LaunchOptions): Launch;
  /** Accepted statements, in stored order. */
  statements(): readonly Statement[];
  violations(): readonly Violation[];
}

/** What the LRS remembers about one launch: the session a token belongs to. */
export interface Session {
  sessionId: string;
  registration: string;
  activityId: string;
  publisherId: string;
  actor: Actor;
  launchMode: LaunchMode;
  moveOn: MoveOn;
  masteryScore?: number;
  fetchTokenId: string;
  authToken: string;
  fetched: boolean;
  /** How the session ended: the AU's terminated, or the LMS's abandoned on a later launch. */
  ended: 'terminated' | 'abandoned' | null;
  /** When the LMS launched it (ms), for the duration of an abandoned statement. */
  launchedAt: number;
}
