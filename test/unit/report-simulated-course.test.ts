import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { catalog } from 'virtual:course-catalog';
import { roleplayId } from '../../src/app/course.machine';
import type { Scenario } from '../../src/scenario/scenario';
import { roleplayStart } from '../../src/scenario/roleplay-start';
import { replyEvent, type RoleplayActor, type ScenarioOutput } from '../../src/scenario/scenario.machine';
import { readScenarioFiles } from '../../scripts/content/scenario-index';
import { loadReportCourse, type ReportCourse } from '../../scripts/report/course-model';
import type { StoredAttempt, StoredInteraction } from '../../scripts/report/lms-record';
import { readExportText } from '../../scripts/report/read-export';
import { simulatePlays, type LearnerPlay } from '../../scripts/report/simulated-plays';
import { tallyAnswers, type ReportTally } from '../../scripts/report/tally';
import { writeGenericCsv } from '../../scripts/report/write-generic';
import { writeMoodleExport } from '../../scripts/report/write-moodle';
import { auStatements, cmi5Browser, type Cmi5Browser } from './tracking-support/cmi5-launch-env';
import { launchCourse, quietPage, testClock } from './tracking-support/course-session';
import { createTestLms } from './tracking-support/lms-fixtures';
import type { Version } from './tracking-support/scorm-rules';

/**
 * The report's test data of record: simulated learners play the real course (its real catalogue,
 * scenarios and adapters). A third take SCORM 1.2 against scorm-again inside the strict LMS check,
 * exported as Moodle's interactions report; a third SCORM 2004, exported as the generic CSV; a
 * third are launched by cmi5 against the local LRS (scripts/lrs), whose stored statements are the
 * xAPI export. The report read back from those files must count exactly what the learners chose,
 * and the ending the course itself reached. With REPORT_SIMULATION_OUT set (npm run
 * report:simulate), the exports are also written to that folder.
 */

const ROOT = process.cwd();
const LEARNERS_PER_VERSION = 20;
const START = Date.UTC(2026, 0, 12, 9, 0, 0);
const course: ReportCourse = loadReportCourse(ROOT);
const scenarios = new Map<string, Scenario>();
const files = readScenarioFiles(ROOT);
if (Array.isArray(files)) for (const f of files) if (f.scenario) scenarios.set(f.scenario.id, f.scenario);

const API = { '1.2': 'API', '2004': 'API_1484_11' } as const;
const RESPONSE = { '1.2': 'student_response', '2004': 'learner_response' } as const;

interface Played {
  readonly attempt: StoredAttempt;
  /** The ending the course's own role-play machine reached, per scenario. */
  readonly endings: ReadonlyMap<string, string>;
}

/** One learner through the real course, then what the LMS stored, read past every check. */
async function playThroughCourse(play: LearnerPlay, version: Version, n: number): Promise<Played> {
  const lms = createTestLms(version);
  const startedAt = START + n * 3_600_000;
  const clock = testClock(startedAt);
  const session = await launchCourse({ catalog, win: { [API[version]]: lms.api }, clock, pageWatcher: quietPage });
  const endings = playAnswers(session, play);
  session.course.send({ type: 'session.exit' });
  await vi.waitFor(() => expect(lms.strict.counts.terminate).toBe(1));
  expect(lms.strict.violations, 'spec violations').toEqual([]);
  expect(lms.strict.rejections, 'writes the LMS refused').toEqual([]);
  const interactions: StoredInteraction[] = [];
  for (let i = 0; lms.value(`cmi.interactions.${i}.id`) !== ''; i += 1) {
    const at = `cmi.interactions.${i}`;
    interactions.push({
      id: lms.value(`${at}.id`),
      response: lms.value(`${at}.${RESPONSE[version]}`),
      result: lms.value(`${at}.result`),
      at: version === '2004' ? Date.parse(lms.value(`${at}.timestamp`)) : startedAt + i * 1000,
    });
  }
  return {
    attempt: {
      learner: play.learner,
      version,
      attempt: 1,
      startedAt,
      score: lms.value(version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw'),
      interactions,
    },
    endings,
  };
}

/** Sends one learner's checks and role-play replies to a running course; returns the endings its role-play machines reached. */
function playAnswers(session: Awaited<ReturnType<typeof launchCourse>>, play: LearnerPlay): Map<string, string> {
  const { clock } = session;
  for (const answer of play.checks) {
    clock.advance(20_000);
    session.progress.send({
      type: 'check.answered',
      checkId: answer.checkId,
      answer: answer.options,
      latencyMs: 9_000,
      prompt: answer.checkId,
    });
  }
  const endings = new Map<string, string>();
  for (const run of play.runs) {
    const scenario = scenarios.get(run.scenarioId);
    if (!scenario) throw new Error(`no scenario ${run.scenarioId}`);
    session.course.send(roleplayStart(scenario, 0));
    const actor = session.course.getSnapshot().children[roleplayId(run.scenarioId, 0)] as RoleplayActor | undefined;
    if (!actor) throw new Error(`the course did not start ${run.scenarioId}`);
    actor.subscribe({
      complete: () => endings.set(run.scenarioId, (actor.getSnapshot().output as ScenarioOutput).endingId),
    });
    for (const step of run.steps) {
      clock.advance(8_000);
      actor.send(replyEvent(step.replyId, 8_000));
      clock.advance(6_000);
      actor.send({ type: 'feedback.continue', readMs: 6_000 });
    }
  }
  return endings;
}

/** One learner through the real course launched by cmi5 against the local LRS, which keeps every statement. */
async function playThroughCmi5(play: LearnerPlay, browser: Cmi5Browser, clock: ReturnType<typeof testClock>) {
  browser.otherDevice();
  const launch = browser.launch({
    actor: { name: play.learner.name, account: { homePage: 'https://lms.example.com', name: play.learner.id } },
  });
  const session = await launchCourse({ catalog, clock, cmi5: browser.page(launch.url) });
  const endings = playAnswers(session, play);
  clock.advance(5_000);
  const terminated = () => auStatements(browser.lrs).filter((s) => s.verb.id.endsWith('/terminated')).length;
  const before = terminated();
  session.course.send({ type: 'session.exit' });
  await vi.waitFor(() => expect(terminated()).toBe(before + 1));
  return endings;
}

/** What the simulated learners did, counted straight from their plays and the course's own endings. */
function truthOf(plays: readonly LearnerPlay[], endings: ReadonlyMap<string, ReadonlyMap<string, string>>) {
  const choices: Record<string, Record<string, Record<string, number>>> = {};
  const reached: Record<string, Record<string, number>> = {};
  const unfinished: Record<string, number> = {};
  const options: Record<string, Record<string, number>> = {};
  const right: Record<string, number> = {};
  for (const play of plays) {
    for (const answer of play.checks) {
      const check = course.checks.get(answer.checkId);
      options[answer.checkId] ??= {};
      for (const o of answer.options) options[answer.checkId]![o] = (options[answer.checkId]![o] ?? 0) + 1;
      const rightIds =
        check?.options
          .filter((o) => o.correct)
          .map((o) => o.id)
          .sort() ?? [];
      if ([...answer.options].sort().join() === rightIds.join())
        right[answer.checkId] = (right[answer.checkId] ?? 0) + 1;
    }
    for (const run of play.runs) {
      if (run.steps.length === 0) continue;
      const scenario = (choices[run.scenarioId] ??= {});
      for (const step of run.steps) {
        scenario[step.sceneId] ??= {};
        scenario[step.sceneId]![step.replyId] = (scenario[step.sceneId]![step.replyId] ?? 0) + 1;
      }
      const ending = endings.get(play.learner.id)?.get(run.scenarioId);
      if (ending) (reached[run.scenarioId] ??= {})[ending] = (reached[run.scenarioId]?.[ending] ?? 0) + 1;
      else unfinished[run.scenarioId] = (unfinished[run.scenarioId] ?? 0) + 1;
    }
  }
  return { choices, reached, unfinished, options, right };
}

function expectTallyToMatch(
  tally: ReportTally,
  plays: readonly LearnerPlay[],
  endings: ReadonlyMap<string, ReadonlyMap<string, string>>,
) {
  const truth = truthOf(plays, endings);
  expect(tally.learners).toBe(plays.length);
  expect(tally.unmatched.count).toBe(0);
  for (const [scenarioId, t] of tally.scenarios) {
    expect(t.choiceCounts, `replies chosen in ${scenarioId}`).toEqual(truth.choices[scenarioId] ?? {});
    expect(t.endingCounts, `endings of ${scenarioId}`).toEqual(truth.reached[scenarioId] ?? {});
    expect(t.unfinished, `unfinished runs of ${scenarioId}`).toBe(truth.unfinished[scenarioId] ?? 0);
    expect(t.paths.reduce((sum, p) => sum + p.learners, 0)).toBe(t.learners);
  }
  for (const [checkId, t] of tally.checks) {
    expect(t.optionCounts, `options chosen in ${checkId}`).toEqual(truth.options[checkId] ?? {});
    expect(t.rightFirstTry, `right at first try in ${checkId}`).toBe(truth.right[checkId] ?? 0);
    expect(t.learners).toBe(plays.length);
  }
}

describe('the report on exports of simulated learners who played the real course', () => {
  it(
    'counts every reply, ending and option exactly as the learners chose them, from Moodle (SCORM 1.2), the generic CSV (SCORM 2004) and the LRS (cmi5)',
    { timeout: 60_000 },
    async () => {
      const plays = simulatePlays(course, LEARNERS_PER_VERSION * 3, 2026);
      const moodlePlays = plays.slice(0, LEARNERS_PER_VERSION);
      const csvPlays = plays.slice(LEARNERS_PER_VERSION, LEARNERS_PER_VERSION * 2);
      const cmi5Plays = plays.slice(LEARNERS_PER_VERSION * 2);
      const endings = new Map<string, ReadonlyMap<string, string>>();
      const attempts: Record<Version, StoredAttempt[]> = { '1.2': [], '2004': [] };
      for (const [version, group] of [
        ['1.2', moodlePlays],
        ['2004', csvPlays],
      ] as const)
        for (const [n, play] of group.entries()) {
          const played = await playThroughCourse(play, version, n);
          attempts[version].push(played.attempt);
          endings.set(play.learner.id, played.endings);
        }

      // The third group is launched by cmi5: the LRS keeps what the course's AU sent.
      const clock = testClock(START);
      const browser = cmi5Browser(clock);
      for (const play of cmi5Plays) endings.set(play.learner.id, await playThroughCmi5(play, browser, clock));
      expect(JSON.stringify(browser.lrs.violations())).toBe('[]');

      // Variety: the simulated learners reach more than one ending and leave some role-plays part way.
      const reachedEndings = new Set([...endings.values()].flatMap((m) => [...m.values()]));
      expect(reachedEndings.size).toBeGreaterThan(10);

      const moodle = writeMoodleExport(attempts['1.2'], course.title);
      const csv = writeGenericCsv(attempts['2004']);
      // Everything the LRS stored, the LMS's own statements included, as one page of a statements query.
      const xapi = `${JSON.stringify({ statements: browser.lrs.statements(), more: '' }, null, 1)}\n`;
      const out = process.env.REPORT_SIMULATION_OUT;
      if (out) {
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'moodle-interactions.txt'), moodle);
        writeFileSync(join(out, 'interactions.csv'), csv);
        writeFileSync(join(out, 'statements.json'), xapi);
      }

      const fromMoodle = readExportText(moodle, 'moodle-interactions.txt');
      expect(fromMoodle.format).toBe('moodle');
      expectTallyToMatch(tallyAnswers(course, fromMoodle.answers), moodlePlays, endings);

      const fromCsv = readExportText(csv, 'interactions.csv');
      expect(fromCsv.format).toBe('generic-csv');
      expectTallyToMatch(tallyAnswers(course, fromCsv.answers), csvPlays, endings);

      const fromXapi = readExportText(xapi, 'statements.json');
      expect(fromXapi.format).toBe('xapi');
      expectTallyToMatch(tallyAnswers(course, fromXapi.answers), cmi5Plays, endings);

      // The three exports together are every learner once.
      expectTallyToMatch(
        tallyAnswers(course, [...fromMoodle.answers, ...fromCsv.answers, ...fromXapi.answers]),
        plays,
        endings,
      );
    },
  );
});
