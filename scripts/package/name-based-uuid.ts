import { createHash } from 'node:crypto';

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A version 5 (SHA-1, name-based) UUID as RFC 9562 section 5.5 defines it: the same namespace and
 * name always give the same UUID, on any machine, so an identifier made this way never changes
 * between builds, yet needs no registry or domain to be globally unique.
 */
export function nameBasedUuid(namespace: string, name: string): string {
  if (!UUID_SHAPE.test(namespace)) throw new Error(`${namespace} is not a UUID`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  // Byte 6 carries the version in its high nibble, byte 8 the RFC variant (binary 10) in its top bits.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
