import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReportCourse } from './course-model';
import { simulatePlays } from './simulated-plays';
import { storedAttempts } from './stored-attempts';
import { writeGenericCsv } from './write-generic';
import { writeMoodleExport } from './write-moodle';
import { writeXapiStatements } from './write-xapi';

/**
 * `npm run report:generate -- [LEARNERS] [DIR]`: many learners' exports in all three formats,
 * generated from the scenario graphs (not played through the course), to measure the report at scale.
 */
const learners = Number(process.argv[2] ?? 10_000);
const dir = process.argv[3] ?? 'report-data';
const start = Date.UTC(2026, 0, 5, 9, 0, 0);
const course = loadReportCourse(process.cwd());
const plays = simulatePlays(course, learners, 42);
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'moodle-interactions.txt'),
  writeMoodleExport(storedAttempts(course, plays, '1.2', start), course.title),
);
writeFileSync(join(dir, 'interactions.csv'), writeGenericCsv(storedAttempts(course, plays, '2004', start)));
writeFileSync(
  join(dir, 'statements.json'),
  writeXapiStatements(course, plays, {
    activityId: 'https://lms.example.com/activities/au/moments-of-truth',
    courseId: 'moments-of-truth',
    homePage: 'https://lms.example.com',
    start,
  }),
);
console.log(`${learners} learners written to ${dir}/ (moodle-interactions.txt, interactions.csv, statements.json)`);
