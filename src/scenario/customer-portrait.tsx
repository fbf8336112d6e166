import type { Mood, ScenarioPictures } from './scenario';

/**
 * The customer's large portrait for their current mood, drawn at build time from Open Peeps
 * and seeded by their name, so they stay recognisable from scene to scene. Decorative: the
 * card says the mood in words. Draws nothing when the build added no pictures (unit tests).
 * Keyed by mood, so a new mood is a new image and its fade-in plays.
 */
export function CustomerPortrait({
  mood,
  portraits,
}: {
  readonly mood: Mood;
  readonly portraits: ScenarioPictures['portraits'] | undefined;
}) {
  const src = portraits?.[mood];
  if (!src) return null;
  return (
    <span className="scn-portrait" data-mood={mood}>
      <img key={mood} className="scn-portrait__img" src={src} alt="" width={112} height={112} decoding="async" />
    </span>
  );
}
