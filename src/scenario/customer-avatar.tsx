import type { Mood } from './scenario';

const SKIN = ['#f3d3b8', '#e0ac84', '#c08560', '#8d5b3d'];
const HAIR = ['#1b1411', '#5a3a22', '#a0662f', '#8c8c8c', '#d9b26b'];
const TOP = ['#2f6f8f', '#7a4f8c', '#3f7a4a', '#9a4a3a', '#4a5a7a'];

/** Face features per mood: shapes, not colours, carry the feeling. */
const FACES: Readonly<Record<Mood, { brows: string; mouth: string; openMouth?: boolean; happyEyes?: boolean }>> = {
  angry: { brows: 'M28 27.5 L36 31.5 M44 31.5 L52 27.5', mouth: 'M33 49 Q40 43 47 49' },
  annoyed: { brows: 'M28 29 L36 30.5 M44 30.5 L52 29', mouth: 'M34 47.5 Q40 45.5 46 47.5' },
  worried: { brows: 'M28 31 L36 27.5 M44 27.5 L52 31', mouth: 'M34 47 q3 -2.2 6 0 t6 0' },
  neutral: { brows: 'M28.5 29.5 H36 M44 29.5 H51.5', mouth: 'M34.5 46.5 H45.5' },
  pleased: { brows: 'M28.5 29 Q32 27.5 36 29 M44 29 Q48 27.5 51.5 29', mouth: 'M33 45 Q40 51 47 45' },
  delighted: {
    brows: 'M28.5 27 Q32 25 36 27 M44 27 Q48 25 51.5 27',
    mouth: 'M32 44 Q40 55 48 44 Z',
    openMouth: true,
    happyEyes: true,
  },
};

function pick<T>(list: readonly T[], seed: number, salt: number): T {
  return list[(seed >>> (salt * 5)) % list.length] as T;
}

/** FNV-1a: similar names still get different looks. */
function seedOf(name: string): number {
  let hash = 0x811c9dc5;
  for (const ch of name) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  return hash >>> 0;
}

/**
 * A bundled, drawn portrait whose brows and mouth show the customer's mood. The same name always
 * gets the same look, so a customer stays recognisable from scene to scene.
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
  const seed = seedOf(name);
  const face = FACES[mood];
  const longHair = pick([true, false], seed, 4);
  const hair = pick(HAIR, seed, 1);
  return (
    <svg
      className={`scn-avatar scn-avatar--${mood}`}
      viewBox="0 0 80 80"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="40" cy="40" r="40" fill="#e6eeec" />
      {longHair && <path d="M19 40 Q18 14 40 13 Q62 14 61 40 L62 62 H18 Z" fill={hair} />}
      <path d="M14 80 Q16 60 40 59 Q64 60 66 80 Z" fill={pick(TOP, seed, 2)} />
      <rect x="35" y="49" width="10" height="12" rx="4" fill={pick(SKIN, seed, 3)} />
      <circle cx="40" cy="37" r="17" fill={pick(SKIN, seed, 3)} />
      <path
        d={
          longHair
            ? 'M23 34 Q24 17 40 17 Q56 17 57 34 Q48 24 40 25 Q31 25 23 34 Z'
            : 'M23 33 Q22 17 40 16.5 Q58 17 57 33 Q55 24 46 23 Q36 26 25 27 Z'
        }
        fill={hair}
      />
      <g fill="none" stroke="#1b1411" strokeWidth="2.4" strokeLinecap="round">
        <path d={face.brows} />
        {face.happyEyes ? <path d="M29.5 36.5 Q32 34 34.5 36.5 M45.5 36.5 Q48 34 50.5 36.5" /> : null}
        {face.openMouth ? null : <path d={face.mouth} />}
      </g>
      {face.happyEyes ? null : (
        <g fill="#1b1411">
          <circle cx="32" cy="36" r="2" />
          <circle cx="48" cy="36" r="2" />
        </g>
      )}
      {face.openMouth ? (
        <path d={face.mouth} fill="#5b2320" stroke="#1b1411" strokeWidth="1.5" strokeLinejoin="round" />
      ) : null}
    </svg>
  );
}
