const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML element content and attribute values alike. */
export function escapeXml(text: string): string {
  // Control characters other than tab and newlines are not allowed in XML 1.0 at all.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Turns the course id into an xs:ID (an NCName): the IMS schemas type every identifier that way,
 * and an NCName cannot start with a digit or a hyphen.
 */
export function xmlIdentifier(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9._-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `course-${cleaned}`;
}

/** Percent-encodes each path segment so a file href is a valid URI reference. */
export function fileHref(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
