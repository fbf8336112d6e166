import { createActorContext } from '@xstate/react';
import { progressMachine } from './progress.machine';

/** The one progress actor, shared by the shell, lessons and scenario players. */
export const ProgressContext = createActorContext(progressMachine);
