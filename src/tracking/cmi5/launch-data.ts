import type { LaunchMode } from '../tracker';
import type { XapiContext } from './statements';

/** What the AU reads from LMS.LaunchData (cmi5 section 10). */
export interface LaunchData {
  readonly contextTemplate: XapiContext;
  readonly launchMode: LaunchMode;
  /** 0–1, or null when the course structure gives none. */
  readonly masteryScore: number | null;
  readonly moveOn: string | null;
  readonly returnURL: string | null;
}

const MODES: Readonly<Record<string, LaunchMode>> = { Normal: 'normal', Browse: 'browse', Review: 'review' };

/** Null when the document is not one an LMS could have written: the course cannot honour the launch. */
export function parseLaunchData(text: string): LaunchData | null {
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    const template = data['contextTemplate'];
    const mode = MODES[String(data['launchMode'])];
    if (typeof template !== 'object' || template === null || !mode) return null;
    const mastery = data['masteryScore'];
    return {
      contextTemplate: template as XapiContext,
      launchMode: mode,
      masteryScore: typeof mastery === 'number' && mastery >= 0 && mastery <= 1 ? mastery : null,
      moveOn: typeof data['moveOn'] === 'string' ? data['moveOn'] : null,
      returnURL: typeof data['returnURL'] === 'string' && data['returnURL'] !== '' ? data['returnURL'] : null,
    };
  } catch {
    return null;
  }
}

/** `languagePreference` from cmi5LearnerPreferences (11.1), or '' when there is none. */
export function languagePreferenceOf(text: string): string {
  try {
    const prefs = JSON.parse(text) as Record<string, unknown>;
    return typeof prefs['languagePreference'] === 'string' ? prefs['languagePreference'] : '';
  } catch {
    return '';
  }
}
