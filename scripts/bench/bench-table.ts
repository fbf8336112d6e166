export interface BenchRow {
  readonly measure: string;
  readonly ours: string;
  readonly budget: string;
  readonly adapt: string;
  /** null for information only. */
  readonly pass: boolean | null;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const head: BenchRow = { measure: 'Measure', ours: 'Ours', budget: 'Budget', adapt: 'Adapt', pass: null };
  const cells = (r: BenchRow) => [
    r.measure,
    r.ours,
    r.budget,
    r.adapt,
    r === head ? 'Result' : r.pass === null ? 'info' : r.pass ? 'pass' : 'FAIL',
  ];
  const all = [head, ...rows].map(cells);
  const widths = all[0]!.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const chars = (n: number) => `${n.toLocaleString('en-GB')} chars`;
