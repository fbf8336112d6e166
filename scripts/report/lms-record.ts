/** One interaction as an LMS stored it: values exactly as the course sent them. */
export interface StoredInteraction {
  readonly id: string;
  readonly response: string;
  readonly result: string;
  /** Epoch milliseconds. */
  readonly at: number;
}

/** One learner's attempt as an LMS holds it, ready to be written out in any export format. */
export interface StoredAttempt {
  readonly learner: { readonly id: string; readonly name: string; readonly email: string };
  readonly version: '1.2' | '2004';
  readonly attempt: number;
  readonly startedAt: number;
  readonly score: string;
  readonly interactions: readonly StoredInteraction[];
}
