function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** ` Did you mean "x"?` for the closest known name to a likely typo, or an empty string. */
export function didYouMean(typed: string, known: Iterable<string>): string {
  const limit = Math.max(2, Math.floor(typed.length / 4));
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(typed, name);
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best ? ` Did you mean "${best.name}"?` : '';
}
