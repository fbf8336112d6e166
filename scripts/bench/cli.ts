import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCatalog } from '../content/build-catalog';
import { SCORM_VERSIONS, VERSION_LABEL, packageFileName } from '../package/scorm-versions';
import { cmi5PackageFileName } from '../package/build-cmi5-package';
import { configuredLocales } from '../i18n/locale-build-for';
import { buildPreviewApp } from '../preview/build-preview-app';
import { startPreviewServer } from '../preview/preview-server';
import { startStaticServer } from '../serve/static-server';
import { launchChromium } from '../../test/browser/chromium';
import { formatTable, chars, kb, seconds, type BenchRow } from './bench-table';
import { ADAPT_REFERENCE, BUDGETS, RUNS } from './budgets';
import { measureFirstLoad, type LoadRun } from './first-load';
import { measureLessonPages } from './lesson-pages';
import { median } from './median';
import { failedPlay, playThrough } from './play-through';

const root = resolve(import.meta.dirname, '../..');
const { catalog } = buildCatalog(root);
if (!catalog) throw new Error('the content does not build: run npm run check:content');
const { config } = catalog;

const zips = SCORM_VERSIONS.map((version) => {
  const file = packageFileName(config.id, config.version, version);
  return { version, file, bytes: statSync(join(root, 'release', file)).size };
});
// The cmi5 zip carries every shipped language's build, so its budget is the per-language one times their number.
const cmi5Languages = configuredLocales(root).length;
const cmi5Zip = statSync(join(root, 'release', cmi5PackageFileName(config.id, config.version))).size;

// The course is served from a nested folder, as an LMS does; once plain, once gzip-compressed.
const COURSE_PATH = '/lms/content/course/';
const plain = await startStaticServer({ [COURSE_PATH]: resolve(root, 'dist') });
const gzip = await startStaticServer({ [COURSE_PATH]: resolve(root, 'dist') }, { gzip: true });
await buildPreviewApp();
const preview = await startPreviewServer({ root });
const browser = await launchChromium();

async function runs(url: string, throttled: boolean): Promise<LoadRun[]> {
  const results: LoadRun[] = [];
  for (let i = 0; i < RUNS; i += 1) results.push(await measureFirstLoad(browser, url, throttled));
  return results;
}

let exitCode = 0;
try {
  console.log(
    `Measuring ${config.title} ${config.version} in ${browser.version()}: ${RUNS} runs each, medians reported…`,
  );
  const rawLoads = await runs(`${plain.url}${COURSE_PATH}index.html`, false);
  const gzipLoads = await runs(`${gzip.url}${COURSE_PATH}index.html`, false);
  const throttledLoads = await runs(`${gzip.url}${COURSE_PATH}index.html`, true);
  console.log('Opening each lesson after the start screen…');
  const lessonPages = await measureLessonPages(browser, `${gzip.url}${COURSE_PATH}index.html`, catalog);
  const largestLesson = lessonPages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  console.log('Playing the worst path through the preview LMS (SCORM 1.2, the strictest suspend_data limit)…');
  const play = await playThrough(browser, preview.url, catalog, '1.2').catch((error: unknown) =>
    failedPlay(catalog, error),
  );

  const gzipBytes = median(gzipLoads.map((r) => r.bytes));
  const gzipRequests = median(gzipLoads.map((r) => r.requests));
  const usableFast = median(gzipLoads.map((r) => r.usableMs));
  const usableThrottled = median(throttledLoads.map((r) => r.usableMs));
  const units = play.lessons + play.scenarioPlays;
  const commitsPerUnit = units > 0 ? play.commits / units : 0;
  const failedRequests = [...rawLoads, ...gzipLoads, ...throttledLoads, ...lessonPages].flatMap((r) => r.failed);

  const rows: BenchRow[] = [
    ...zips.map((z) => ({
      measure: `${VERSION_LABEL[z.version]} zip`,
      ours: kb(z.bytes),
      budget: `≤ ${kb(BUDGETS.zipBytes)}`,
      adapt: ADAPT_REFERENCE.zip,
      pass: z.bytes <= BUDGETS.zipBytes,
    })),
    {
      measure: `cmi5 zip (${cmi5Languages} languages)`,
      ours: kb(cmi5Zip),
      budget: `≤ ${kb(BUDGETS.zipBytes * cmi5Languages)}`,
      adapt: '–',
      pass: cmi5Zip <= BUDGETS.zipBytes * cmi5Languages,
    },
    {
      measure: 'First load, gzip (as LMSs serve it)',
      ours: `${kb(gzipBytes)}, ${gzipRequests} requests`,
      budget: `≤ ${kb(BUDGETS.firstLoadBytes)}, ≤ ${BUDGETS.firstLoadRequests} requests`,
      adapt: ADAPT_REFERENCE.firstLoad,
      pass: gzipBytes <= BUDGETS.firstLoadBytes && gzipRequests <= BUDGETS.firstLoadRequests,
    },
    {
      measure: 'First load, uncompressed',
      ours: `${kb(median(rawLoads.map((r) => r.bytes)))}, ${median(rawLoads.map((r) => r.requests))} requests`,
      budget: '–',
      adapt: '–',
      pass: null,
    },
    { measure: 'Start screen usable, unthrottled', ours: seconds(usableFast), budget: '–', adapt: '–', pass: null },
    {
      measure: 'Start screen usable, Slow 4G + CPU ×4',
      ours: seconds(usableThrottled),
      budget: `≤ ${seconds(BUDGETS.usableThrottledMs)}`,
      adapt: ADAPT_REFERENCE.usableThrottled,
      pass: usableThrottled <= BUDGETS.usableThrottledMs,
    },
    {
      measure: 'Largest lesson page with its pictures, gzip',
      ours: `${kb(largestLesson.bytes)} in ${largestLesson.requests} requests (${largestLesson.lessonId})`,
      budget: `≤ ${kb(BUDGETS.lessonPageBytes)}`,
      adapt: '–',
      pass: largestLesson.bytes <= BUDGETS.lessonPageBytes,
    },
    {
      measure: 'suspend_data after the worst path',
      ours: play.tracked ? `${chars(play.suspendDataChars)} (max ${chars(play.maxSuspendDataChars)})` : 'not measured',
      budget: `≤ ${chars(BUDGETS.suspendDataChars)}`,
      adapt: '–',
      pass: play.tracked ? play.maxSuspendDataChars <= BUDGETS.suspendDataChars : false,
    },
    {
      measure: 'LMS commits, full play-through',
      ours: play.tracked
        ? `${play.commits} (${commitsPerUnit.toFixed(2)} per lesson or role-play run)`
        : 'not measured',
      budget: `≤ ${BUDGETS.commitsPerUnit} per lesson or role-play run`,
      adapt: '–',
      pass: play.tracked ? commitsPerUnit <= BUDGETS.commitsPerUnit : false,
    },
  ];
  console.log(`\n${formatTable(rows)}\n`);
  console.log(
    [
      'Transfer is budgeted gzip-compressed (level 6), because LMSs and their CDNs compress text; the uncompressed line is for hosts that do not.',
      `Worst path: ${play.lessons} lessons, ${play.reflectionsTyped} reflections typed to their limit, ${play.checksAnswered} checks, ${play.scenarioPlays} role-play runs; ${play.failedCalls} LMS calls returned an error.`,
      ...(play.tracked
        ? []
        : [
            play.stopped
              ? `suspend_data and commits were NOT measured: the play-through broke off (${play.stopped}).`
              : 'suspend_data and commits were NOT measured: the course never called LMSInitialize in the preview LMS, so its tracking adapter (issue #4) is not in this build.',
          ]),
      ...play.notes,
      ...failedRequests.map((f) => `Failed request: ${f}`),
    ].join('\n'),
  );
  const failing = rows.filter((r) => r.pass === false);
  if (failing.length > 0 || failedRequests.length > 0) {
    exitCode = 1;
    console.error(`\nBudget missed: ${failing.map((r) => r.measure).join('; ') || 'failed requests'}`);
  }
  mkdirSync(resolve(root, 'bench-results'), { recursive: true });
  const report = {
    course: { id: config.id, version: config.version },
    measuredAt: new Date().toISOString(),
    browser: browser.version(),
    runs: RUNS,
    budgets: BUDGETS,
    adaptReference: ADAPT_REFERENCE,
    zips,
    firstLoad: {
      gzip: { bytes: gzipBytes, requests: gzipRequests, runs: gzipLoads },
      raw: {
        bytes: median(rawLoads.map((r) => r.bytes)),
        requests: median(rawLoads.map((r) => r.requests)),
        runs: rawLoads,
      },
    },
    usable: {
      unthrottledMs: usableFast,
      throttledMs: usableThrottled,
      throttledRuns: throttledLoads.map((r) => r.usableMs),
    },
    lessonPages,
    playThrough: { ...play, commitsPerUnit },
    pass: exitCode === 0,
  };
  writeFileSync(resolve(root, 'bench-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nWrote bench-results/bench.json');
} finally {
  await browser.close();
  await Promise.all([plain.close(), gzip.close(), preview.close()]);
}
process.exit(exitCode);
