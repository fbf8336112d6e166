import type { RestoreProblem } from '../course/progress.machine';
import type { ProgressFacts } from '../course/progress-facts';

export interface LoadedProgress {
  readonly facts: ProgressFacts | null;
  readonly problem: RestoreProblem | null;
}

/** Where learner facts are kept between sittings. The course never knows which store it has. */
export interface ProgressStore {
  load(): LoadedProgress;
  save(facts: ProgressFacts): void;
}
