import { CATEGORY, EXTENSION, VERB } from '../cmi5-iris';
import { type Rule, type RuleFinding, finding } from './check-statement';
import { contextExtension, hasCategory, isDefinedVerb, result, scaledScore, verbId } from './statement-facts';

const DURATION_REQUIREMENT: Readonly<Record<string, string>> = {
  [VERB.terminated]: '9.5.4.1-1 (d)',
  [VERB.completed]: '9.5.4.1-2 (d)',
  [VERB.passed]: '9.5.4.1-3 (d)',
  [VERB.failed]: '9.5.4.1-4 (d)',
};

/** cmi5 9.5.4.1: terminated, completed, passed and failed carry result.duration. */
export const durationRequired: Rule = ({ statement }) => {
  const verb = verbId(statement);
  const requirement = verb === undefined ? undefined : DURATION_REQUIREMENT[verb];
  if (!requirement || !hasCategory(statement, CATEGORY.cmi5)) return [];
  return typeof result(statement)?.['duration'] === 'string'
    ? []
    : [finding(requirement, 'result.duration is required on this verb.')];
};

/** cmi5 9.5.1: only passed and failed carry a score; a raw score comes with min and max. */
export const scoreOnlyOnJudgement: Rule = ({ statement }) => {
  const score = result(statement)?.['score'] as Record<string, unknown> | undefined;
  if (score === undefined) return [];
  const findings: RuleFinding[] = [];
  const judged = isDefinedVerb(statement, VERB.passed) || isDefinedVerb(statement, VERB.failed);
  if (hasCategory(statement, CATEGORY.cmi5) && !judged) {
    findings.push(finding('9.5.1.0-2 (d)', 'Only passed and failed may carry a score.'));
  }
  if (score['raw'] !== undefined && score['min'] === undefined) {
    findings.push(finding('9.5.1.0-3 (d1)', 'score.raw needs score.min.'));
  }
  if (score['raw'] !== undefined && score['max'] === undefined) {
    findings.push(finding('9.5.1.0-3 (d2)', 'score.raw needs score.max.'));
  }
  return findings;
};

/** cmi5 9.3.4.0-2, 9.3.5.0-2, 9.6.3.2-2: the verb agrees with masteryScore, which the statement repeats. */
export const masteryScoreAgreement: Rule = ({ statement, session }) => {
  const passed = isDefinedVerb(statement, VERB.passed);
  if (!passed && !isDefinedVerb(statement, VERB.failed)) return [];
  if (session.masteryScore === undefined) return [];
  const findings: RuleFinding[] = [];
  const scaled = scaledScore(statement);
  if (contextExtension(statement, EXTENSION.masteryScore) !== session.masteryScore) {
    findings.push(
      finding(
        scaled === undefined ? '9.6.3.2-2' : '9.6.3.2-2 (d)',
        `The masteryscore context extension must repeat the launch's masteryScore ${session.masteryScore}.`,
      ),
    );
  }
  if (scaled !== undefined && passed && scaled < session.masteryScore) {
    findings.push(finding('9.3.4.0-2 (d2)', `passed with score ${scaled} below masteryScore ${session.masteryScore}.`));
  }
  if (scaled !== undefined && !passed && scaled >= session.masteryScore) {
    findings.push(
      finding('9.3.5.0-2 (d)', `failed with score ${scaled} at or above masteryScore ${session.masteryScore}.`),
    );
  }
  return findings;
};

/** cmi5 9.5.2 and 9.5.3: success is true on passed, false on failed; completion true on completed; nowhere else. */
export const successAndCompletion: Rule = ({ statement }) => {
  if (!hasCategory(statement, CATEGORY.cmi5)) return [];
  const outcome = result(statement);
  const success = outcome?.['success'];
  const completion = outcome?.['completion'];
  const verb = verbId(statement);
  const findings: RuleFinding[] = [];
  if (verb === VERB.passed && success !== true)
    findings.push(finding('9.5.2.0-1 (d1)', 'passed needs result.success true.'));
  else if (verb === VERB.failed && success !== false)
    findings.push(finding('9.5.2.0-2 (d)', 'failed needs result.success false.'));
  else if (verb !== VERB.passed && verb !== VERB.failed && success !== undefined) {
    findings.push(finding('9.5.2.0-3 (d)', 'Only passed and failed carry result.success.'));
  }
  if (verb === VERB.completed && completion !== true) {
    findings.push(finding('9.5.3.0-1 (d1)', 'completed needs result.completion true.'));
  } else if (verb !== VERB.completed && completion !== undefined) {
    findings.push(finding('9.5.3.0-2 (d)', 'Only completed carries result.completion.'));
  }
  return findings;
};
