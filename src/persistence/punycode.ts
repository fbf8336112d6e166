/**
 * Punycode (RFC 3492, the Bootstring encoding IDNA uses for domain names), for reflection text in
 * suspend_data. It was designed for exactly this job: any Unicode text as ASCII letters, digits and
 * "-", with ASCII left as it is. Accented letters and Cyrillic cost one to three characters each
 * and an emoji about four, against 6 and 12 for the \u escapes it replaces, and no character
 * outside printable ASCII is ever written, so every LMS stores it as it is, whatever its charset.
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const DELIMITER = '-';
const MAX_CODE_POINT = 0x10ffff;

/** Thrown when a string is not valid punycode; callers treat the snapshot as corrupt. */
export class BadPunycode extends Error {}

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  for (; d > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) d = Math.floor(d / (BASE - T_MIN));
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

const threshold = (k: number, bias: number): number => (k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias);
const digitChar = (d: number): string => String.fromCharCode(d < 26 ? d + 97 : d + 22);

function digitOf(c: number): number {
  if (c >= 48 && c <= 57) return c - 22;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  throw new BadPunycode();
}

/** Code points, so an emoji is one; a lone surrogate survives as itself. */
const codePoints = (text: string): number[] => Array.from(text, (c) => c.codePointAt(0) ?? 0);

export function toPunycode(text: string): string {
  const input = codePoints(text);
  const basic = input.filter((c) => c < INITIAL_N);
  let output = String.fromCharCode(...basic);
  let handled = basic.length;
  if (handled > 0) output += DELIMITER;
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < input.length) {
    const next = Math.min(...input.filter((c) => c >= n));
    delta += (next - n) * (handled + 1);
    n = next;
    for (const c of input) {
      if (c < n) delta += 1;
      if (c !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        output += digitChar(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digitChar(q);
      bias = adapt(delta, handled + 1, handled === basic.length);
      delta = 0;
      handled += 1;
    }
    delta += 1;
    n += 1;
  }
  return output;
}

export function fromPunycode(encoded: string): string {
  const split = encoded.lastIndexOf(DELIMITER);
  const output = codePoints(split < 0 ? '' : encoded.slice(0, split));
  if (output.some((c) => c >= INITIAL_N)) throw new BadPunycode();
  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  for (let at = split + 1; at < encoded.length;) {
    const old = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (at >= encoded.length) throw new BadPunycode();
      const digit = digitOf(encoded.charCodeAt(at++));
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      w *= BASE - t;
      if (!Number.isSafeInteger(i) || !Number.isSafeInteger(w)) throw new BadPunycode();
    }
    bias = adapt(i - old, output.length + 1, old === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > MAX_CODE_POINT) throw new BadPunycode();
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}
