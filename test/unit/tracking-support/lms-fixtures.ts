import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Scorm12Api, Scorm2004Api } from '../../../src/tracking/find-api';
import { faultyLms, noFaults, type Faults } from './faulty-lms';
import { firstLaunch, planNextLaunch } from '../../../scripts/lms-model/next-launch';
import type { Version } from './scorm-rules';
import { strictLms, type StrictLms } from './strict-lms';
import { TEST_LEARNER } from './test-learner';

type Inner = Scorm12API | Scorm2004API;
type AnyApi = Scorm12Api | Scorm2004Api;

/** scorm-again as the LMS, with faults under the course's feet and the strict check at its hands. */
export interface TestLms {
  readonly version: Version;
  readonly inner: Inner;
  readonly faults: Faults;
  readonly strict: StrictLms<AnyApi>;
  /** What to put on the window as `API` or `API_1484_11`. */
  readonly api: AnyApi;
  /** A value as the LMS stored it, read past every check. */
  value(element: string): string;
}

export function createTestLms(
  version: Version,
  seed: object = firstLaunch(version, TEST_LEARNER).seed,
  faults: Faults = noFaults(),
): TestLms {
  const inner = version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  inner.loadFromJSON(seed as Parameters<Inner['loadFromJSON']>[0]);
  const strict = strictLms<AnyApi>(version, faultyLms(version, inner as unknown as AnyApi, faults));
  return {
    version,
    inner,
    faults,
    strict,
    api: strict.api,
    value: (element) => {
      const flat = inner.getFlattenedCMI() as Record<string, unknown>;
      const value = flat[element];
      return typeof value === 'string' ? value : '';
    },
  };
}

/** A launch with saved data already in the LMS, as after an earlier sitting that suspended. */
export function launchWithSuspendData(version: Version, suspendData: string): TestLms {
  const kept =
    version === '1.2'
      ? { core: { exit: 'suspend', lesson_status: 'incomplete' }, suspend_data: suspendData }
      : { exit: 'suspend', completion_status: 'incomplete', suspend_data: suspendData };
  return createTestLms(version, nextSeed(version, kept, 0));
}

/** The next launch of the same learner, from everything this LMS holds, committed or not. */
export function relaunch(previous: TestLms): TestLms {
  const { cmi } = previous.inner.renderCMIToJSONObject() as { cmi: Record<string, unknown> };
  const { totalTimeSeconds } = previous.inner.renderCommitObject(true);
  return createTestLms(previous.version, nextSeed(previous.version, cmi, totalTimeSeconds));
}

const nextSeed = (version: Version, kept: Record<string, unknown>, totalSeconds: number) =>
  planNextLaunch({ version, learner: TEST_LEARNER, kept, totalSeconds, masteryScore: null }).seed;
