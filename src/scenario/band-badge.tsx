import type { Band } from '../course/progress-facts';
import { bandMoment, bandName } from './band-text';

function BandIcon({ band }: { readonly band: Band }) {
  return (
    <svg className="scn-band__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {band === 'wow' && (
        <path d="M8 1.2l2.1 4.3 4.7.7-3.4 3.3.8 4.7L8 12l-4.2 2.2.8-4.7L1.2 6.2l4.7-.7z" fill="currentColor" />
      )}
      {band === 'mediocrity' && (
        <>
          <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M4.8 8h6.4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
      {band === 'misery' && (
        <>
          <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path
            d="M5.2 6.6L8 9.6l2.8-3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
    </svg>
  );
}

/** A band shown with an icon and its name, never by colour alone. */
export function BandBadge({ band, moment = false }: { readonly band: Band; readonly moment?: boolean }) {
  return (
    <span className={`scn-band scn-band--${band}`}>
      <BandIcon band={band} />
      {moment ? bandMoment(band) : bandName(band)}
    </span>
  );
}
