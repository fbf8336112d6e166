/** FNV-1a: a well-spread 32-bit number from a short string, to seed and to derive order seeds. */
export function seedHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
