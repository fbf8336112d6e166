/**
 * Label wrapping by character columns. Graphviz only estimates how wide text is, and guesses low
 * for accented, wide or unfamiliar scripts, so a label sized by its guess can spill out of its box.
 * The map wraps every label itself, to a column count the node widths are set from.
 */

/** East Asian wide and full-width characters take two columns, as in a terminal. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Combining marks take no column of their own. */
const COMBINING = /\p{M}/u;

/** How many columns `text` takes. */
export function columnsOf(text: string): number {
  let columns = 0;
  for (const c of text) columns += COMBINING.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
  return columns;
}

/** Splits a word too long for a line: after a hyphen when it can, else at the column limit. */
function breakWord(word: string, width: number): string[] {
  const parts: string[] = [];
  let rest = word;
  while (columnsOf(rest) > width) {
    let cut = 0;
    let used = 0;
    let lastHyphen = -1;
    const chars = [...rest];
    for (const [i, c] of chars.entries()) {
      const w = columnsOf(c);
      if (used + w > width) break;
      used += w;
      cut = i + 1;
      if (c === '-' || c === '/') lastHyphen = i + 1;
    }
    const at = lastHyphen > 0 ? lastHyphen : Math.max(1, cut);
    parts.push(chars.slice(0, at).join(''));
    rest = chars.slice(at).join('');
  }
  return [...parts, rest];
}

/**
 * `text` as lines of at most `width` columns, broken at spaces (and inside words only when a word
 * is longer than a line). With `maxLines`, the last line kept ends in "…" when text was left out.
 */
export function wrapLabel(text: string, width: number, maxLines = Infinity): string[] {
  const words = text
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((w) => breakWord(w, width));
  const out: string[] = [];
  for (const word of words) {
    const last = out.at(-1);
    if (last !== undefined && columnsOf(last) + 1 + columnsOf(word) <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length <= maxLines) return out;
  const kept = out.slice(0, maxLines);
  const last = kept.at(-1) ?? '';
  const room = [...last];
  while (columnsOf(room.join('')) + 1 > width) room.pop();
  kept[kept.length - 1] = `${room.join('').trimEnd()}…`;
  return kept;
}
