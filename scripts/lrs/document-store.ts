/** A stored xAPI document (state or agent profile), kept as the text the client sent. */
export interface StoredDocument {
  contentType: string;
  body: string;
  updated: string;
}

/**
 * Documents of the State and Agent Profile APIs, keyed by the tuple each API names a document by.
 * Keys are joined with a separator no IRI or UUID contains.
 */
export class DocumentStore {
  readonly #documents = new Map<string, StoredDocument>();

  static key(parts: readonly (string | undefined)[]): string {
    return parts.map((p) => p ?? '').join('\u0000');
  }

  get(key: string): StoredDocument | undefined {
    return this.#documents.get(key);
  }

  put(key: string, document: StoredDocument): void {
    this.#documents.set(key, document);
  }

  /** xAPI POST: merges JSON objects top-level; false when either side is not a JSON object. */
  merge(key: string, document: StoredDocument): boolean {
    const existing = this.#documents.get(key);
    if (!existing) {
      this.#documents.set(key, document);
      return true;
    }
    const before = parseObject(existing.body);
    const after = parseObject(document.body);
    if (!before || !after) return false;
    this.#documents.set(key, { ...document, body: JSON.stringify({ ...before, ...after }) });
    return true;
  }

  delete(key: string): void {
    this.#documents.delete(key);
  }

  /** Ids of the documents whose key starts with the prefix parts (the last key part is the id). */
  ids(prefix: readonly (string | undefined)[]): string[] {
    const start = DocumentStore.key(prefix) + '\u0000';
    return [...this.#documents.keys()].filter((k) => k.startsWith(start)).map((k) => k.slice(start.length));
  }
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
