import { uiLocale } from './i18n';

// One formatter of each kind, made on first use: making an Intl formatter costs more than using one.
let percentFormat: Intl.NumberFormat | undefined;
let dayFormat: Intl.DateTimeFormat | undefined;

/** A whole percentage such as a score, written the build language's way: 80 → "80%" (or "80 %"). */
export function formatPercent(wholePercent: number): string {
  percentFormat ??= new Intl.NumberFormat(uiLocale, { style: 'percent', maximumFractionDigits: 0 });
  return percentFormat.format(wholePercent / 100);
}

/** A day as words, such as the certificate's "5 December 2026". */
export function formatDay(date: Date): string {
  dayFormat ??= new Intl.DateTimeFormat(uiLocale, { day: 'numeric', month: 'long', year: 'numeric' });
  return dayFormat.format(date);
}
