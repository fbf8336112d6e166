import { writeFileSync } from 'node:fs';
import type { RecordedAnswer } from './answers';
import { loadReportCourse } from './course-model';
import { readExportFile } from './read-export';
import { renderReport, type ReportSource } from './render-report';
import { tallyAnswers } from './tally';

const USAGE = 'Usage: npm run report -- EXPORT_FILE... [--out report.html]';

/** Files and the output path from the command line. */
export function parseReportArgs(args: readonly string[]): { files: string[]; out: string } | { error: string } {
  const files: string[] = [];
  let out = 'report.html';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--out') {
      const next = args[i + 1];
      if (!next) return { error: '--out needs a file name' };
      out = next;
      i += 1;
    } else if (arg.startsWith('--out=')) out = arg.slice(6);
    else if (arg === '--help' || arg === '-h') return { error: USAGE };
    else if (arg.startsWith('--')) return { error: `unknown option ${arg}\n${USAGE}` };
    else files.push(arg);
  }
  if (files.length === 0) return { error: USAGE };
  return { files, out };
}

/** Reads every export, tallies and writes the report; returns what it wrote, for the message. */
export async function runReport(root: string, files: readonly string[], out: string, now = Date.now()) {
  const course = loadReportCourse(root);
  const answers: RecordedAnswer[] = [];
  const sources: ReportSource[] = [];
  for (const file of files) {
    const read = readExportFile(file);
    // One by one: spreading hundreds of thousands of answers into push() overflows the call stack.
    for (const answer of read.answers) answers.push(answer);
    sources.push({ file, format: read.format, answers: read.answers.length, skipped: read.skipped });
  }
  const tally = tallyAnswers(course, answers);
  const html = await renderReport(course, tally, { sources, now });
  writeFileSync(out, html);
  return { tally, sources, bytes: Buffer.byteLength(html) };
}
