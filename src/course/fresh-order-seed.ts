/** A new attempt's order seed, from the browser's random source. Called at the edge (src/main.tsx), never by a machine. */
export function freshOrderSeed(): string {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return value.toString(36);
}
