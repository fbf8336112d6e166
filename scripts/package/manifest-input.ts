import type { CourseConfig } from '../../src/config/course-config.schema';
import { SOURCE_LOCALE } from '../i18n/locale-build';
import { xmlIdentifier } from './xml-text';

/** The parts of course.config.json that a manifest needs. */
export type ManifestConfig = Pick<CourseConfig, 'id' | 'version' | 'title' | 'passMark' | 'reporting'> &
  Partial<Pick<CourseConfig, 'description'>>;

export interface ManifestInput {
  /** The configuration as the package's language has it: its title and description are in that language. */
  readonly config: ManifestConfig;
  /** BCP 47 tag of the package's language, written into its metadata so an LMS catalogue can show it. */
  readonly language?: string;
  /** Every course file, relative to the package root with forward slashes. */
  readonly files: readonly string[];
}

interface ManifestIds {
  readonly manifest: string;
  readonly organization: string;
  readonly item: string;
  readonly resource: string;
}

/**
 * Identifiers stay the same across course versions, so an LMS can recognise an updated upload. Each
 * language has its own, so an LMS never takes the Spanish package for a new version of the English.
 */
export function manifestIds(config: ManifestConfig, language: string = SOURCE_LOCALE): ManifestIds {
  const base = xmlIdentifier(language === SOURCE_LOCALE ? config.id : `${config.id}-${language}`);
  return { manifest: base, organization: `${base}-org`, item: `${base}-item`, resource: `${base}-sco` };
}

/** 75 → "0.75" without float noise, for imsss:minNormalizedMeasure. */
export function scaledPassMark(passMark: number): string {
  return (Math.round(passMark) / 100).toString();
}
