import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import type { MoveOn } from '../../lrs/index';

/** What an LMS takes from a cmi5 package's one AU when it imports the zip. */
export interface Cmi5Au {
  /** The AU's publisher id (`<au id>`), which the LMS puts in every statement's grouping. */
  readonly id: string;
  /** The AU's url inside the package, e.g. "en-GB/index.html". */
  readonly url: string;
  readonly moveOn: MoveOn;
  readonly masteryScore?: number;
}

const MOVE_ON: readonly MoveOn[] = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'];

/**
 * Reads cmi5.xml from the built zip, as an LMS imports a package, so the preview launches with
 * exactly the publisher id, moveOn and masteryScore the package carries. Undefined without a zip.
 */
export function readCmi5Au(zipPath: string): Cmi5Au | undefined {
  if (!existsSync(zipPath)) return undefined;
  const files = unzipSync(readFileSync(zipPath), { filter: (file) => file.name === 'cmi5.xml' });
  const xml = files['cmi5.xml'];
  return xml ? parseFirstAu(new TextDecoder().decode(xml)) : undefined;
}

export function parseFirstAu(xml: string): Cmi5Au | undefined {
  const parser = new SaxesParser({ xmlns: false });
  let au: { id: string; moveOn: MoveOn; masteryScore?: number } | undefined;
  let url: string | undefined;
  let inUrl = false;
  parser.on('opentag', (tag) => {
    const name = tag.name.replace(/^.*:/, '');
    const attributes = tag.attributes as Record<string, string>;
    if (name === 'au' && !au) {
      const moveOn = MOVE_ON.find((m) => m === attributes['moveOn']) ?? 'NotApplicable';
      const mastery = attributes['masteryScore'];
      au = { id: attributes['id'] ?? '', moveOn, ...(mastery === undefined ? {} : { masteryScore: Number(mastery) }) };
    }
    inUrl = name === 'url' && au !== undefined && url === undefined;
  });
  parser.on('text', (text) => {
    if (inUrl) url = text.trim();
  });
  parser.on('closetag', () => {
    inUrl = false;
  });
  parser.write(xml).close();
  return au && url ? { ...au, url } : undefined;
}
