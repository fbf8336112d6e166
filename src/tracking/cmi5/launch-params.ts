/** An xAPI Agent as the LMS gives it in `actor`: cmi5 requires an account (9.2.0.0-3). */
export interface XapiAgent {
  readonly objectType?: 'Agent';
  readonly name?: string;
  readonly account: { readonly homePage: string; readonly name: string };
}

/** The cmi5 launch parameters (section 8.1), read from the page's query string. */
export interface Cmi5Launch {
  /** The xAPI endpoint, always ending with a slash so resource names can be appended. */
  readonly endpoint: string;
  readonly fetchUrl: string;
  readonly actor: XapiAgent;
  readonly registration: string;
  readonly activityId: string;
}

function agentOf(text: string): XapiAgent | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const account = (value as { account?: unknown }).account;
    if (typeof account !== 'object' || account === null) return null;
    const { homePage, name } = account as { homePage?: unknown; name?: unknown };
    return typeof homePage === 'string' && typeof name === 'string' ? (value as XapiAgent) : null;
  } catch {
    return null;
  }
}

/**
 * Reads the five launch parameters in whatever order they come, among the page's own (8.1.0.0-7).
 * Null when one is missing or unusable: then this is not a cmi5 launch the course can honour.
 */
export function readCmi5Launch(href: string): Cmi5Launch | null {
  const query = new URL(href).searchParams;
  const endpoint = query.get('endpoint');
  const fetchUrl = query.get('fetch');
  const actor = agentOf(query.get('actor') ?? '');
  const registration = query.get('registration');
  const activityId = query.get('activityId');
  if (!endpoint || !fetchUrl || !actor || !registration || !activityId) return null;
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    fetchUrl,
    actor,
    registration,
    activityId,
  };
}
