import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import type { Mood, Scenario } from '../../src/scenario/scenario';
import { svgDataUri } from './svg-data-uri';

/** Drawn width and height of a portrait, in CSS pixels; the card shows it at this size or smaller. */
export const PORTRAIT_SIZE = 112;

type Face = NonNullable<openPeeps.Options['face']>[number];

/**
 * The Open Peeps face drawn for each mood, chosen by eye from a sheet of every face:
 * brows and mouth must read as the mood at card size, without the words next to it.
 */
export const MOOD_FACES: Readonly<Record<Mood, Face>> = {
  angry: 'veryAngry',
  annoyed: 'angryWithFang',
  worried: 'concerned',
  neutral: 'serious',
  pleased: 'smile',
  delighted: 'smileBig',
};

/**
 * Hair that covers an eye or fills the frame hides the face, and with it the mood, so those
 * heads are left out.
 */
const HIDES_THE_FACE: ReadonlySet<string> = new Set(['mediumStraight', 'longBangs', 'longAfro']);
type Head = NonNullable<openPeeps.Options['head']>[number];
const HEAD_CHOICES: Head[] = headsOfTheStyle().filter((head) => !HIDES_THE_FACE.has(head));

/** The style's list of heads, read from its schema so a new release's heads are used too. */
function headsOfTheStyle(): Head[] {
  const head = openPeeps.schema.properties?.['head'];
  const items = typeof head === 'object' ? head.items : undefined;
  const names = items && typeof items === 'object' && !Array.isArray(items) ? items.enum : undefined;
  if (!names?.length) throw new Error('@dicebear/open-peeps lists no heads in its schema');
  return names as Head[];
}

/**
 * Open Peeps draws the face in black lines; on the darkest skin tone the brows and mouth no
 * longer read, so the portraits use the four lighter tones of the style's own palette.
 */
const SKIN_TONES = ['ffdbb4', 'edb98a', 'd08b5b', 'ae5d29'];

/** Strips what the browser does not need to draw the picture: the licence metadata (recorded in art/LICENCES.md). */
function slim(svg: string): string {
  return svg.replace(/<metadata[\s\S]*?<\/metadata>/, '').replace(/ shape-rendering="auto"/, '');
}

/**
 * The customer's portrait with the face for one mood, as an SVG string. The seed is the
 * customer's name, so the same customer looks the same in every scene and every build.
 */
export function portraitSvg(name: string, mood: Mood): string {
  const svg = createAvatar(openPeeps, {
    seed: name,
    size: PORTRAIT_SIZE,
    // The image's own viewport crops the body; DiceBear's clipping mask only adds bytes.
    clip: false,
    face: [MOOD_FACES[mood]],
    head: HEAD_CHOICES,
    skinColor: SKIN_TONES,
    // A mask or sunglasses would hide the mouth or eyes that carry the mood.
    maskProbability: 0,
    accessories: ['glasses', 'glasses2', 'glasses3', 'glasses4', 'glasses5'],
  }).toString();
  return slim(svg);
}

/** The moods a role-play can show: its starting mood and those of its scenes and endings. */
export function moodsShown(scenario: Scenario): Mood[] {
  const moods = new Set<Mood>([scenario.customer.mood]);
  for (const step of [...scenario.scenes, ...scenario.endings]) if (step.mood) moods.add(step.mood);
  return [...moods];
}

/** One portrait per mood the role-play shows, as `data:` URIs for `<img src>`. */
export function scenarioPortraits(scenario: Scenario): Partial<Record<Mood, string>> {
  return Object.fromEntries(
    moodsShown(scenario).map((mood) => [mood, svgDataUri(portraitSvg(scenario.customer.name, mood))]),
  );
}
