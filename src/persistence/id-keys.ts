const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const REF_LENGTH = 3;
const LITERAL = '=';

/**
 * A short, stable stand-in for an id: three characters from a hash of the id itself, never from
 * its position in the catalogue, so adding, removing or reordering content leaves saved refs valid.
 */
export function refOf(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let n = hash % ALPHABET.length ** REF_LENGTH;
  let ref = '';
  for (let i = 0; i < REF_LENGTH; i += 1) {
    ref = ALPHABET.charAt(n % ALPHABET.length) + ref;
    n = Math.floor(n / ALPHABET.length);
  }
  return ref;
}

export interface IdKeys {
  /** The ref when it names exactly one known id, otherwise the id itself marked as a literal. */
  keyOf(id: string): string;
  /** The id a key stands for, or null when the key names no single known id. */
  idOf(key: string): string | null;
}

/** Keys for one kind of id (lessons, checks, …), so refs only need to be unique within a kind. */
export function idKeys(knownIds: readonly string[]): IdKeys {
  const byRef = new Map<string, string[]>();
  for (const id of new Set(knownIds)) {
    const ref = refOf(id);
    byRef.set(ref, [...(byRef.get(ref) ?? []), id]);
  }
  const uniqueId = (ref: string): string | null => {
    const ids = byRef.get(ref);
    return ids?.length === 1 ? (ids[0] ?? null) : null;
  };
  return {
    keyOf(id) {
      const ref = refOf(id);
      return uniqueId(ref) === id ? ref : `${LITERAL}${id}`;
    },
    idOf(key) {
      if (key.startsWith(LITERAL)) return key.length > LITERAL.length ? key.slice(LITERAL.length) : null;
      return key.length === REF_LENGTH ? uniqueId(key) : null;
    },
  };
}
