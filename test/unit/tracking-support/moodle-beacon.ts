/** Chromium refuses to queue a beacon whose body is over 64 KiB. */
export const BEACON_LIMIT_BYTES = 64 * 1024;

/**
 * The bytes of the beacon Moodle's SCORM 2004 runtime sends when the page is hidden: every
 * cmi.interactions.* value it holds, each a multipart form field named the way Moodle names them
 * (dots as "__"), encoded as the browser encodes FormData.
 */
export async function interactionBeaconBytes(flatCmi: Readonly<Record<string, unknown>>): Promise<number> {
  const form = new FormData();
  for (const [element, value] of Object.entries(flatCmi))
    if (
      /^cmi\.interactions\.\d+\./.test(element) &&
      (typeof value === 'string' || typeof value === 'number') &&
      value !== ''
    )
      form.append(element.replace(/\./g, '__'), String(value));
  return (await new Response(form).arrayBuffer()).byteLength;
}
