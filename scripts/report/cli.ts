import { resolve } from 'node:path';
import { ExportError } from './answers';
import { parseReportArgs, runReport } from './run-report';

async function main() {
  const parsed = parseReportArgs(process.argv.slice(2));
  if ('error' in parsed) {
    console.error(parsed.error);
    process.exit(2);
  }
  const started = performance.now();
  try {
    const { tally, bytes } = await runReport(process.cwd(), parsed.files, parsed.out);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `Wrote ${resolve(parsed.out)} (${Math.round(bytes / 1024)} kB): ${tally.learners} learners, ${tally.answers} answers, in ${seconds} s.`,
    );
    if (tally.unmatched.count > 0)
      console.warn(
        `${tally.unmatched.count} answers do not match this course, e.g. ${tally.unmatched.examples.join(', ')}`,
      );
  } catch (error) {
    if (error instanceof ExportError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

await main();
