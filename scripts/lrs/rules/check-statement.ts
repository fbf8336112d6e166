import type { Session, Statement, Violation } from '../types';

/** What a rule sees: the statement, the session it came from, and what content already sent. */
export interface RuleInput {
  statement: Statement;
  session: Session;
  /** Content statements of this session accepted before this one (earlier ones in the batch too). */
  sessionHistory: readonly Statement[];
  /** Content statements of this registration (every session) accepted before this one. */
  registrationHistory: readonly Statement[];
}

/** A violation a rule reports, before the statement id and verb are filled in. */
export type RuleFinding = Pick<Violation, 'requirement' | 'message'> & { status?: 400 | 403 };

export type Rule = (input: RuleInput) => RuleFinding[];

/** Runs every rule; an empty list means the statement may be stored. */
export function checkStatement(rules: readonly Rule[], input: RuleInput): RuleFinding[] {
  return rules.flatMap((rule) => rule(input));
}

/** Shorthand for a rule's single finding. */
export function finding(requirement: string, message: string, status?: 403): RuleFinding {
  return status ? { requirement, message, status } : { requirement, message };
}
