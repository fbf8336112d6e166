import type { Band } from '../course/progress-facts';

const NAMES: Record<Band, string> = { misery: 'Misery', mediocrity: 'Mediocrity', wow: 'WOW' };
const ICONS: Record<Band, string> = { misery: '☹', mediocrity: '😐', wow: '★' };

/** A band always shown with its name and an icon, never by colour alone. */
export function BandLabel({ band, long = false }: { readonly band: Band; readonly long?: boolean }) {
  return (
    <span className={`band band--${band}`}>
      <span aria-hidden="true" className="band__icon">
        {ICONS[band]}
      </span>
      {long ? `Moment of ${NAMES[band]}` : NAMES[band]}
    </span>
  );
}
