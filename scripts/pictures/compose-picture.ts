import { emojiSvg } from './fluent-emoji';

/*
 * Module pictures and lesson banners: one to three Fluent Emoji Flat objects on a rounded panel with a
 * soft pattern of brand shapes. Colours are the same role classes as the hand-drawn diagrams
 * (src/pictures/pictures.css), so the brand colours and the dark theme reach them too. The pattern is
 * seeded by the module or lesson id: every picture differs a little, and the same id always draws
 * the same picture.
 */

/** A small deterministic random sequence, so a rebuild draws exactly the same picture. */
function seeded(id: string): () => number {
  let state = [...id].reduce((hash, ch) => (Math.imul(hash, 31) + ch.charCodeAt(0)) >>> 0, 2166136261);
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const round = (n: number) => Math.round(n);

/** Soft circles and one wave scattered over the panel: the same shapes as the diagrams' decoration. */
function pattern(random: () => number, width: number, height: number, count: number): string {
  const shapes: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const tone = i % 3 === 0 ? 'pic-soft-accent' : 'pic-soft-strong';
    const r = round(6 + random() * (height / 7));
    shapes.push(
      `<circle class="${tone}" cx="${round(random() * width)}" cy="${round(random() * height)}" r="${r}" opacity="0.7"/>`,
    );
  }
  const y = round(height * (0.55 + random() * 0.3));
  const step = round(width / 8);
  shapes.push(
    `<path class="pic-wave" d="M${round(width * 0.04)} ${y}${Array.from({ length: 4 }, (_, i) => ` q${round(step / 2)} ${i % 2 === 0 ? -18 : 18} ${step} 0`).join('')}"/>`,
  );
  return shapes.join('');
}

/** An object in a white disc, so any emoji reads against any brand colour. */
function badge(name: string, cx: number, cy: number, size: number, prefix: string): string {
  const icon = round(size * 0.68);
  return (
    `<circle class="pic-face" cx="${cx}" cy="${cy}" r="${round(size / 2)}"/>` +
    emojiSvg(name, round(cx - icon / 2), round(cy - icon / 2), icon, prefix)
  );
}

function svg(width: number, height: number, content: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">${content}</svg>`;
}

/** A square picture for a module heading in the outline. */
export function modulePicture(id: string, objects: readonly string[]): string {
  const random = seeded(id);
  const prefix = `m-${id}`;
  const [first, ...others] = objects;
  const small = others
    .map((name, i) => badge(name, i === 0 ? 120 : 38, i === 0 ? 118 : 40, 52, `${prefix}-${i + 1}`))
    .join('');
  return svg(
    160,
    160,
    `<rect class="pic-soft" width="160" height="160" rx="28"/>` +
      pattern(random, 160, 160, 4) +
      (first ? badge(first, 78, 80, 104, `${prefix}-0`) : '') +
      small,
  );
}

/** A wide banner across the top of a lesson: the pattern on the left, the objects on the right. */
export function lessonBanner(id: string, objects: readonly string[]): string {
  const random = seeded(id);
  const prefix = `l-${id}`;
  const sizes = [128, 96, 84];
  const centres = [
    [640, 100],
    [488, 112],
    [744, 52],
  ] as const;
  const badges = objects
    .map((name, i) => {
      const [cx, cy] = centres[i] ?? centres[0];
      return badge(name, cx, cy, sizes[i] ?? 84, `${prefix}-${i}`);
    })
    .reverse()
    .join('');
  return svg(
    800,
    200,
    `<rect class="pic-soft" width="800" height="200" rx="24"/>` + pattern(random, 800, 200, 9) + badges,
  );
}
