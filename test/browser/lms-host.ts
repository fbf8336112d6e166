import { resolve } from 'node:path';
import { startStaticServer, type StaticServer } from '../../scripts/serve/static-server';
import { root } from './built-course';

/** The built course under /lms/course/, framed by the scorm-again LMS host page in fixtures/. */
export function serveLmsHost(): Promise<StaticServer> {
  return startStaticServer({
    '/lms/course/': resolve(root, 'dist'),
    '/lms/': resolve(import.meta.dirname, 'fixtures'),
    '/vendor/scorm-again/': resolve(root, 'node_modules/scorm-again/dist/esm'),
  });
}
