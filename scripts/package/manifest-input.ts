import type { CourseConfig } from '../../src/config/course-config.schema';
import { xmlIdentifier } from './xml-text';

/** The parts of course.config.json that a manifest needs. */
export type ManifestConfig = Pick<CourseConfig, 'id' | 'version' | 'title' | 'passMark' | 'reporting'>;

export interface ManifestInput {
  readonly config: ManifestConfig;
  /** Every course file, relative to the package root with forward slashes. */
  readonly files: readonly string[];
}

interface ManifestIds {
  readonly manifest: string;
  readonly organization: string;
  readonly item: string;
  readonly resource: string;
}

/** Identifiers stay the same across course versions, so an LMS can recognise an updated upload. */
export function manifestIds(config: ManifestConfig): ManifestIds {
  const base = xmlIdentifier(config.id);
  return { manifest: base, organization: `${base}-org`, item: `${base}-item`, resource: `${base}-sco` };
}

/** 75 → "0.75" without float noise, for imsss:minNormalizedMeasure. */
export function scaledPassMark(passMark: number): string {
  return (Math.round(passMark) / 100).toString();
}
