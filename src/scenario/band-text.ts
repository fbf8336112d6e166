import type { Band } from '../course/progress-facts';
import { t } from '../i18n/i18n';
import 'virtual:ui-messages/band';

/** A band's name alone, as a reply's: "WOW". */
export const bandName = (band: Band): string => t('band.short', { band });

/** A band as a moment, as an ending's: "Moment of WOW". */
export const bandMoment = (band: Band): string => t('band.moment', { band });
