import type { Session } from './types';

/** Launch sessions, found by the one-time fetch id or by the auth token the fetch handed out. */
export class SessionRegistry {
  readonly #byFetchId = new Map<string, Session>();
  readonly #byToken = new Map<string, Session>();

  add(session: Session): void {
    this.#byFetchId.set(session.fetchTokenId, session);
    this.#byToken.set(session.authToken, session);
  }

  /** Sessions of this registration and AU that neither terminated nor were abandoned. */
  open(registration: string, activityId: string): Session[] {
    return [...this.#byFetchId.values()].filter(
      (s) => s.registration === registration && s.activityId === activityId && s.ended === null,
    );
  }

  byFetchId(id: string): Session | undefined {
    return this.#byFetchId.get(id);
  }

  /** Only a token already fetched counts (cmi5 8.1.2.0-2 (d): not before it is fetched). */
  byAuthorization(header: string | undefined): Session | undefined {
    const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
    const session = match?.[1] ? this.#byToken.get(match[1]) : undefined;
    return session?.fetched ? session : undefined;
  }
}
