import { zipSync, type Zippable } from 'fflate';

/**
 * A fixed timestamp for every entry: the same sources then give byte-identical zips, so a
 * training company can tell a real change from a rebuild. SOURCE_DATE_EPOCH overrides it.
 */
function entryTime(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 315_532_800 ? new Date(epoch * 1000) : new Date(2020, 0, 1);
}

/** Zips entries in the order given, so the caller decides the (deterministic) order. */
export function zipEntries(entries: ReadonlyArray<readonly [path: string, data: Uint8Array]>): Uint8Array {
  const mtime = entryTime();
  const zippable: Zippable = {};
  for (const [path, data] of entries) {
    if (path in zippable) throw new Error(`${path} appears twice in the package`);
    zippable[path] = [data, { mtime, level: 9 }];
  }
  return zipSync(zippable);
}
