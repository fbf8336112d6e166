import { afterEach, describe, expect, it } from 'vitest';
import { createCmi5Preview } from '../../scripts/preview/cmi5/cmi5-preview-handler';
import { parseFirstAu } from '../../scripts/preview/cmi5/read-cmi5-au';
import { startStaticServer, type StaticServer } from '../../scripts/serve/static-server';

const CMI5_XML = `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="urn:uuid:course"><title><langstring lang="en-GB">Course</langstring></title>
    <description><langstring lang="en-GB">About</langstring></description></course>
  <au id="urn:uuid:the-au" moveOn="CompletedAndPassed" masteryScore="0.75" launchMethod="AnyWindow">
    <title><langstring lang="en-GB">Course</langstring></title>
    <description><langstring lang="en-GB">About</langstring></description>
    <url>en-GB/index.html</url>
  </au>
</courseStructure>`;

let server: StaticServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('preview LMS in cmi5 mode', () => {
  it('reads the AU from cmi5.xml as an LMS imports it', () => {
    expect(parseFirstAu(CMI5_XML)).toEqual({
      id: 'urn:uuid:the-au',
      url: 'en-GB/index.html',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.75,
    });
  });

  it('launches through /preview-cmi5/launch and lists what the LRS at /lrs stored', async () => {
    const preview = createCmi5Preview(() => parseFirstAu(CMI5_XML));
    server = await startStaticServer({}, { handlers: preview.handlers });
    preview.start(server.url);
    const launched = (await (
      await fetch(`${server.url}/preview-cmi5/launch`, {
        method: 'POST',
        body: JSON.stringify({ language: 'es', launchMode: 'Browse' }),
      })
    ).json()) as { url: string; registration: string };
    const launchUrl = new URL(launched.url, server.url);
    expect(launchUrl.pathname).toBe('/courses/en-GB/index.html');
    expect(launchUrl.searchParams.get('endpoint')).toBe(`${server.url}/lrs/xapi/`);

    const token = (await (await fetch(launchUrl.searchParams.get('fetch') ?? '', { method: 'POST' })).json()) as Record<
      string,
      string
    >;
    expect(token).toHaveProperty('auth-token');
    const listed = (await (await fetch(`${server.url}/preview-cmi5/statements`)).json()) as {
      statements: { verb: { id: string }; context: { extensions: Record<string, unknown> } }[];
      violations: unknown[];
    };
    expect(listed.violations).toEqual([]);
    expect(listed.statements).toHaveLength(1);
    expect(listed.statements[0]?.context.extensions).toMatchObject({
      'https://w3id.org/xapi/cmi5/context/extensions/launchmode': 'Browse',
      'https://w3id.org/xapi/cmi5/context/extensions/moveon': 'CompletedAndPassed',
      'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.75,
    });
  });

  it('says what to do when no cmi5 package was built', async () => {
    const preview = createCmi5Preview(() => undefined);
    server = await startStaticServer({}, { handlers: preview.handlers });
    preview.start(server.url);
    const answer = await fetch(`${server.url}/preview-cmi5/launch`, { method: 'POST', body: '{}' });
    expect(answer.status).toBe(409);
    expect(await answer.text()).toContain('npm run build');
  });
});
