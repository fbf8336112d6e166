import type React from 'react';
import { portraitKey } from '../pictures/portrait-key';
import type { Mood } from './scenario';

// URLs of the Open Peeps portraits drawn at build time (scripts/pictures/portraits.ts), one file per
// customer and mood. Only the URLs travel with the role-play chunk; each picture loads when shown.
const PORTRAITS = import.meta.glob<string>('../pictures/generated/portrait-*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

/**
 * The customer's portrait: the same person from scene to scene (seeded by their name), with a face
 * that shows their mood. Decorative: the card beside it says the mood in words.
 */
export function CustomerAvatar({
  name,
  mood,
  size = 64,
}: {
  readonly name: string;
  readonly mood: Mood;
  readonly size?: number;
}) {
  const src = PORTRAITS[`../pictures/generated/portrait-${portraitKey(name)}-${mood}.svg`];
  return (
    <span
      className={`scn-avatar scn-avatar--${mood}`}
      style={{ '--avatar-size': `${size}px` } as React.CSSProperties}
      aria-hidden="true"
    >
      {src ? <img src={src} alt="" width={size} height={size} decoding="async" /> : null}
    </span>
  );
}
