import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Scorm12Api, Scorm2004Api } from '../../../src/tracking/find-api';
import { faultyLms, noFaults, type Faults } from './faulty-lms';
import { firstLaunchSeed, nextLaunchSeed } from './next-launch';
import type { Version } from './scorm-rules';
import { strictLms, type StrictLms } from './strict-lms';

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
  seed: object = firstLaunchSeed(version),
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

/** A first launch with saved data already in the LMS, as after an earlier sitting. */
export function launchWithSuspendData(version: Version, suspendData: string): TestLms {
  const seed = firstLaunchSeed(version);
  const entry = version === '1.2' ? { core: { ...(seed.core as object), entry: 'resume' } } : { entry: 'resume' };
  return createTestLms(version, { ...seed, ...entry, suspend_data: suspendData });
}

/** The next launch of the same learner, seeded from what this LMS kept. */
export function relaunch(previous: TestLms): TestLms {
  const { cmi } = previous.inner.renderCMIToJSONObject() as { cmi: Record<string, unknown> };
  return createTestLms(previous.version, nextLaunchSeed(previous.version, cmi));
}
