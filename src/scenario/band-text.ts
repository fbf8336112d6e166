import type { Band } from '../course/progress-facts';

/** How each band is named to learners: alone for a reply, as a moment for an ending. */
export const BAND_TEXT: Readonly<Record<Band, { readonly short: string; readonly moment: string }>> = {
  misery: { short: 'Misery', moment: 'Moment of Misery' },
  mediocrity: { short: 'Mediocrity', moment: 'Moment of Mediocrity' },
  wow: { short: 'WOW', moment: 'Moment of WOW' },
};
