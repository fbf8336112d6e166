import type { Statement } from './types';

export type StoreOutcome = 'stored' | 'duplicate' | 'conflict';

/**
 * Accepted statements in stored order. xAPI: a resend with the same id and the same content is
 * not an error (the client may have lost our answer); the same id with other content is a 409.
 */
export class StatementStore {
  readonly #byId = new Map<string, { sent: string; stored: Statement }>();
  readonly #ordered: Statement[] = [];
  /** Statements sent by content (not the LMS's own), the ones the cmi5 ordering rules look at. */
  readonly #fromContent: Statement[] = [];

  /** What a resend of `sent` would find: 'duplicate', 'conflict', or undefined when new. */
  check(id: string, sent: Statement): StoreOutcome | undefined {
    const existing = this.#byId.get(id);
    if (!existing) return undefined;
    return existing.sent === canonical(sent) ? 'duplicate' : 'conflict';
  }

  add(id: string, sent: Statement, stored: Statement, source: 'lms' | 'content'): void {
    this.#byId.set(id, { sent: canonical(sent), stored });
    this.#ordered.push(stored);
    if (source === 'content') this.#fromContent.push(stored);
  }

  fromContent(): readonly Statement[] {
    return this.#fromContent;
  }

  get(id: string): Statement | undefined {
    return this.#byId.get(id)?.stored;
  }

  all(): readonly Statement[] {
    return this.#ordered;
  }
}

/** JSON with object keys sorted, so property order does not make a resend look different. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}
