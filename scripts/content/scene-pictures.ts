import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHANNELS, type Channel } from '../../src/scenario/scenario';
import { svgDataUri } from './svg-data-uri';

/** Fluent Emoji Flat draws every icon on a 32 by 32 grid. */
const ICON_GRID = 32;

interface IconSet {
  readonly icons: Readonly<Record<string, { readonly body: string }>>;
}

/**
 * The Fluent Emoji Flat icons that set each channel's scene, largest first: the first is the
 * setting itself, the others are the things found there.
 */
export const SCENE_ICONS: Readonly<Record<Channel, readonly [string, ...string[]]>> = {
  phone: ['telephone', 'headphone', 'spiral-notepad'],
  'face-to-face': ['department-store', 'bellhop-bell', 'handshake'],
  chat: ['laptop', 'speech-balloon', 'left-speech-bubble'],
  email: ['e-mail', 'inbox-tray', 'envelope-with-arrow'],
};

/** Where each icon goes on the 160 by 90 scene: the setting large on the left, the others beside it. */
const PLACES = [
  { x: 16, y: 14, size: 62 },
  { x: 88, y: 10, size: 36 },
  { x: 96, y: 50, size: 32 },
] as const;

let iconSet: IconSet | undefined;

function readIconSet(): IconSet {
  const require = createRequire(import.meta.url);
  iconSet ??= JSON.parse(
    readFileSync(require.resolve('@iconify-json/fluent-emoji-flat/icons.json'), 'utf8'),
  ) as IconSet;
  return iconSet;
}

function iconBody(name: string): string {
  const icon = readIconSet().icons[name];
  if (!icon) throw new Error(`Fluent Emoji Flat has no icon "${name}"`);
  return icon.body;
}

/**
 * The scene picture for a channel, as an SVG string: a few icons of the setting on a
 * transparent ground, so the page's brand-coloured panel shows through behind them.
 */
export function scenePictureSvg(channel: Channel): string {
  const icons = SCENE_ICONS[channel].map((name, index) => {
    const place = PLACES[index];
    if (!place) throw new Error(`a scene has at most ${PLACES.length} icons`);
    const scale = place.size / ICON_GRID;
    return `<g transform="translate(${place.x} ${place.y}) scale(${scale})">${iconBody(name)}</g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90" width="160" height="90">${icons.join('')}</svg>`;
}

/** The scene picture for a channel, as a `data:` URI for `<img src>`. */
export function scenePicture(channel: Channel): string {
  return svgDataUri(scenePictureSvg(channel));
}

/** Every channel's scene picture, so a check can see that none is missing. */
export function allScenePictures(): Record<Channel, string> {
  return Object.fromEntries(CHANNELS.map((channel) => [channel, scenePicture(channel)])) as Record<Channel, string>;
}
