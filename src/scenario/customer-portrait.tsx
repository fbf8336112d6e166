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
  small = false,
}: {
  readonly mood: Mood;
  readonly portraits: ScenarioPictures['portraits'] | undefined;
  /** The size beside each of the customer's turns in the conversation. */
  readonly small?: boolean;
}) {
  const src = portraits?.[mood];
  if (!src) return null;
  const size = small ? 36 : 112;
  return (
    <span className={small ? 'scn-portrait scn-portrait--small' : 'scn-portrait'} data-mood={mood}>
      <img key={mood} className="scn-portrait__img" src={src} alt="" width={size} height={size} decoding="async" />
    </span>
  );
}
