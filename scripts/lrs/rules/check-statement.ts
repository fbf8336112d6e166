import type { Session, Statement, Violation } from '../types';

/** What a rule sees: the statement, the session it came from, and what that registration already holds. */
export interface RuleInput {
  statement: Statement;
  session: Session;
  /** Statements of the same registration accepted before this one (including earlier ones in the same batch). */
  registrationHistory: readonly Statement[];
}

/** A violation a rule reports, before the statement id and verb are filled in. */
export type RuleFinding = Pick<Violation, 'requirement' | 'message'> & { status?: 400 | 403 };

export type Rule = (input: RuleInput) => RuleFinding[];

/** Runs every rule; an empty list means the statement may be stored. */
export function checkStatement(rules: readonly Rule[], input: RuleInput): RuleFinding[] {
  return rules.flatMap((rule) => rule(input));
}
