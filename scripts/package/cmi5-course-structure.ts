import type { CourseConfig } from '../../src/config/course-config.schema';
import { SOURCE_LOCALE } from '../i18n/locale-build';
import { cmi5Ids } from './cmi5-ids';
import { auCriteria } from './cmi5-move-on';
import { LAUNCH_PAGE } from './scorm-versions';
import { escapeXml, fileHref } from './xml-text';

/** The name the cmi5 specification (section 14) gives the course structure at the zip's root. */
export const CMI5_FILE = 'cmi5.xml';

export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** The course's title and description in one shipped language. */
export interface Cmi5Text {
  /** BCP 47 tag, which is also the folder that language's build sits in. */
  readonly language: string;
  readonly title: string;
  readonly description: string;
}

export interface Cmi5Input {
  readonly config: Pick<CourseConfig, 'id' | 'version' | 'passMark' | 'reporting'>;
  /** One entry per shipped language, the source language first. */
  readonly texts: readonly Cmi5Text[];
}

/**
 * The AU's launch page, relative to the zip's root: the source language's build. The course may
 * move to a sibling language folder once it has read the learner's language preference.
 */
export function cmi5LaunchUrl(): string {
  return fileHref(`${SOURCE_LOCALE}/${LAUNCH_PAGE}`);
}

/**
 * cmi5.xml: the course and its one AU, titled and described in every shipped language.
 * launchMethod is AnyWindow: the course runs inside LMS frames (as every SCORM LMS and the preview
 * LMS show it) and sends `terminated` itself on pagehide, so it needs no window of its own, and
 * OwnWindow would force pop-ups that blockers and phones get in the way of.
 */
export function cmi5CourseStructure({ config, texts }: Cmi5Input): string {
  if (texts.length === 0) throw new Error('cmi5.xml needs the title and description in at least one language');
  const ids = cmi5Ids(config);
  const { moveOn, masteryScore } = auCriteria(config);
  const mastery = masteryScore === null ? '' : ` masteryScore="${masteryScore}"`;
  const title = langstrings(texts, (t) => t.title);
  const description = langstrings(texts, (t) => t.description);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated from course.config.json (${escapeComment(config.id)} ${escapeComment(config.version)}) by npm run build; edit that file, not this one. -->
<courseStructure xmlns="${CMI5_NAMESPACE}">
  <course id="${escapeXml(ids.course)}">
    <title>
${title}
    </title>
    <description>
${description}
    </description>
  </course>
  <au id="${escapeXml(ids.au)}" moveOn="${moveOn}"${mastery} launchMethod="AnyWindow">
    <title>
${title}
    </title>
    <description>
${description}
    </description>
    <url>${escapeXml(cmi5LaunchUrl())}</url>
  </au>
</courseStructure>
`;
}

function langstrings(texts: readonly Cmi5Text[], pick: (text: Cmi5Text) => string): string {
  return texts
    .map((t) => `      <langstring lang="${escapeXml(t.language)}">${escapeXml(pick(t))}</langstring>`)
    .join('\n');
}

/** A comment may not hold "--", which a course id may. */
function escapeComment(text: string): string {
  return text.replace(/-{2,}/g, '-');
}
