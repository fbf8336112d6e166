import type { CourseConfig } from '../../src/config/course-config.schema';
import { nameBasedUuid } from './name-based-uuid';

/**
 * The namespace every cmi5 publisher id of this course template is minted in: a random UUID fixed
 * once, so the ids below depend on course.config.json's `id` and on nothing else.
 */
const PUBLISHER_ID_NAMESPACE = 'c7fdad2a-92c9-48e9-92ab-737e0b2269bb';

interface Cmi5Ids {
  /** `<course id>`: the course as a whole. */
  readonly course: string;
  /** `<au id>`: the one AU, the whole course; the LMS puts it in every statement's grouping. */
  readonly au: string;
}

/**
 * cmi5 asks for globally unique IRIs the publisher controls. The course has no web domain of its
 * own, so these are `urn:uuid:` IRIs (RFC 9562) named after the course id: unique without owning a
 * domain, and the same on every build. The version is left out on purpose, as in the SCORM
 * manifests: an LMS then takes 1.1.0 for an update of 1.0.0 and keeps learners' records together.
 * One package holds every language, so the language plays no part either.
 */
export function cmi5Ids(config: Pick<CourseConfig, 'id'>): Cmi5Ids {
  return {
    course: `urn:uuid:${nameBasedUuid(PUBLISHER_ID_NAMESPACE, `course/${config.id}`)}`,
    au: `urn:uuid:${nameBasedUuid(PUBLISHER_ID_NAMESPACE, `course/${config.id}/au`)}`,
  };
}
