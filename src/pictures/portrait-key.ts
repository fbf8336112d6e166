/** A file-name-safe key for a customer's name: the build writes portraits under it, the player finds them by it. */
export function portraitKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}
