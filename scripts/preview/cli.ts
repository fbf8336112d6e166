import { resolve } from 'node:path';
import { buildPreviewApp } from './build-preview-app';
import { startPreviewServer } from './preview-server';

const DEFAULT_PORT = 4173;
const root = resolve(import.meta.dirname, '../..');
const port = Number(process.env.PORT ?? DEFAULT_PORT);

await buildPreviewApp();
try {
  const server = await startPreviewServer({ root, port });
  console.log(`
  Preview LMS ready:  ${server.url}/

  The course runs inside scorm-again as SCORM 2004 or 1.2, or launched by cmi5 against a local
  LRS (switch at the top); the role-play map follows the learner's replies.
  The packages to upload (SCORM per language, and one cmi5 zip) are in release/.
  Press Ctrl+C to stop. Another port: PORT=5000 npm start
`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') console.error(`Port ${port} is busy. Start on another one: PORT=${port + 1} npm start`);
  else console.error((error as Error).message);
  process.exit(1);
}
