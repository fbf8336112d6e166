import { icons as fluentEmoji } from '@iconify-json/fluent-emoji-flat';

/** The course's colours, from course.config.json, so a training company's brand carries through. */
export interface PictureColours {
  readonly primary: string;
  readonly accent: string;
  readonly background: string;
}

function rgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** `amount` of `colour` over `base`: 0 gives base, 1 gives colour. */
export function mix(colour: string, base: string, amount: number): string {
  const a = rgb(colour);
  const b = rgb(base);
  return `#${a
    .map((v, i) =>
      Math.round(v * amount + (b[i] ?? 0) * (1 - amount))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** One Fluent Emoji Flat object as a nested SVG at (x, y), `size` wide; ids prefixed so two never clash. */
function emoji(name: string, x: number, y: number, size: number, prefix: string): string {
  const icon = fluentEmoji.icons[name];
  if (!icon) throw new Error(`unknown Fluent Emoji Flat name "${name}"`);
  const width = icon.width ?? fluentEmoji.width ?? 32;
  const height = icon.height ?? fluentEmoji.height ?? 32;
  const body = icon.body
    .replace(/id="([^"]+)"/g, `id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`);
  return `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

function svg(width: number, height: number, content: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${content}</svg>`;
}

/**
 * A module's picture: a warm square of rounded brand shapes with its objects in front. Every
 * picture in the course uses the same three shapes (tinted card, primary disc, accent dot) so the
 * set looks like one hand drew it.
 */
export function modulePicture(objects: readonly string[], colours: PictureColours): string {
  const [first, second] = objects;
  return svg(
    240,
    240,
    `<rect width="240" height="240" rx="36" fill="${mix(colours.accent, colours.background, 0.22)}"/>` +
      `<circle cx="150" cy="140" r="88" fill="${mix(colours.primary, colours.background, 0.85)}"/>` +
      `<circle cx="52" cy="56" r="26" fill="${colours.accent}"/>` +
      `<circle cx="196" cy="40" r="10" fill="${mix(colours.primary, colours.background, 0.5)}"/>` +
      (first ? emoji(first, 72, 64, 124, 'a') : '') +
      (second ? emoji(second, 26, 150, 70, 'b') : ''),
  );
}

/** A lesson's banner: a wide strip with soft brand shapes and its objects along the right. */
export function lessonBanner(objects: readonly string[], colours: PictureColours): string {
  const tint = mix(colours.accent, colours.background, 0.2);
  const soft = mix(colours.primary, colours.background, 0.16);
  const objectsSvg = objects
    .map((name, i) => emoji(name, 1080 - (objects.length - i) * 170, i % 2 === 0 ? 52 : 82, 120, `o${i}`))
    .join('');
  return svg(
    1200,
    240,
    `<rect width="1200" height="240" rx="28" fill="${tint}"/>` +
      `<ellipse cx="880" cy="150" rx="320" ry="150" fill="${soft}"/>` +
      `<circle cx="1130" cy="48" r="34" fill="${colours.accent}"/>` +
      `<circle cx="90" cy="190" r="18" fill="${mix(colours.primary, colours.background, 0.55)}"/>` +
      `<circle cx="150" cy="60" r="9" fill="${colours.accent}"/>` +
      `<path d="M220 200 q60 -50 120 0 t120 0" fill="none" stroke="${mix(colours.primary, colours.background, 0.35)}" stroke-width="8" stroke-linecap="round"/>` +
      objectsSvg,
  );
}

/** A role-play's setting: a counter or desk in the primary colour, with the channel's objects on it. */
export function channelScene(objects: readonly string[], colours: PictureColours): string {
  const [first, second] = objects;
  return svg(
    480,
    270,
    `<rect width="480" height="270" rx="28" fill="${mix(colours.accent, colours.background, 0.2)}"/>` +
      `<circle cx="380" cy="70" r="44" fill="${mix(colours.accent, colours.background, 0.6)}"/>` +
      `<rect x="40" y="36" width="150" height="110" rx="18" fill="${mix(colours.primary, colours.background, 0.14)}"/>` +
      `<rect x="0" y="196" width="480" height="74" rx="0" fill="${colours.primary}"/>` +
      `<rect x="0" y="190" width="480" height="14" rx="7" fill="${mix(colours.primary, '#ffffff', 0.7)}"/>` +
      (first ? emoji(first, 180, 70, 128, 'a') : '') +
      (second ? emoji(second, 330, 118, 76, 'b') : ''),
  );
}
