import type { Band } from '../../src/course/progress-facts';

/** The map's background. Every colour below is checked against it (test/unit/scenario-map-dot.test.ts). */
export const MAP_BACKGROUND = '#ffffff';
/** Scene outlines and plain text: the player's muted ink, readable on white. */
export const MAP_INK = '#1d2426';
export const MAP_MUTED = '#55605f';
/** The course's primary colour, for the highlighted scene. */
export const MAP_HIGHLIGHT = '#0f5c5a';

/**
 * How each band looks on the map. The colours are the player's band colours (light theme of
 * src/scenario/scenario.css, kept equal by a test), so the map reads like the course. Colour is
 * never the only mark: each band has its own sign and word on every arrow and ending, its own
 * line style, and each ending band its own shape.
 */
export interface BandStyle {
  /** Sign and name, as written on arrows: "✓ WOW". */
  readonly mark: string;
  readonly ink: string;
  readonly tint: string;
  /** Graphviz line style for a reply of this band. */
  readonly line: 'solid' | 'dashed' | 'dotted';
  readonly penwidth: number;
  /** Graphviz shape of an ending of this band. */
  readonly endingShape: string;
}

export const BAND_STYLES: Readonly<Record<Band, BandStyle>> = {
  wow: {
    mark: '✓ WOW',
    ink: '#14532d',
    tint: '#dcf3e2',
    line: 'solid',
    penwidth: 2.5,
    endingShape: 'doubleoctagon',
  },
  mediocrity: {
    mark: '~ Mediocrity',
    ink: '#6b4400',
    tint: '#fbefd2',
    line: 'dashed',
    penwidth: 1.8,
    endingShape: 'octagon',
  },
  misery: {
    mark: '✗ Misery',
    ink: '#8f1d1d',
    tint: '#fde4e1',
    line: 'dotted',
    penwidth: 2,
    endingShape: 'invhouse',
  },
};

/** A reply or ending whose band is missing or misspelt (only in a file that fails its checks). */
export const UNKNOWN_BAND: BandStyle = {
  mark: '? no band',
  ink: MAP_MUTED,
  tint: '#eeeeee',
  line: 'solid',
  penwidth: 1,
  endingShape: 'box',
};

export const bandStyle = (band: Band | undefined): BandStyle => (band ? BAND_STYLES[band] : UNKNOWN_BAND);
