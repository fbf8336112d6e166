import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import { MOODS, type Mood } from '../../src/scenario/scenario';

export { portraitKey } from '../../src/pictures/portrait-key';

/**
 * The Open Peeps face drawn for each mood. Chosen by looking at them: the face has to read as the
 * mood without the words beside it (the words stay, for screen readers and for anyone unsure).
 */
export const FACE_FOR_MOOD: Readonly<Record<Mood, openPeeps.Options['face'] & {}>> = {
  angry: ['rage'],
  annoyed: ['serious'],
  worried: ['concerned'],
  neutral: ['calm'],
  pleased: ['smile'],
  delighted: ['smileBig'],
};

/**
 * One SVG portrait per mood for a customer, seeded by their name so the head, hair and clothes stay
 * the same from mood to mood and from visit to visit. Only the face changes.
 */
export function portraitsFor(name: string): Record<Mood, string> {
  const out = {} as Record<Mood, string>;
  for (const mood of MOODS)
    out[mood] = createAvatar(openPeeps, {
      seed: name,
      face: FACE_FOR_MOOD[mood],
      maskProbability: 0,
      accessoriesProbability: 0,
      backgroundColor: ['transparent'],
    }).toString();
  return out;
}
