import { agentKey } from '../agent-key';
import { type Rule, finding } from './check-statement';
import { xapiShapeProblems } from './xapi-shape';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** ISO 8601 in UTC: "Z" or a zero offset (cmi5 9.7.0.0-2). */
const UTC_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]00:?00)$/;

/** xAPI 1.0.3 statement shape, checked by xapi-validation (cmi5 4.1.0.0-1: AUs conform to xAPI). */
export const xapiShape: Rule = ({ statement }) => {
  const problems = xapiShapeProblems(statement);
  return problems.length === 0 ? [] : [finding('4.1.0.0-1', `Not a valid xAPI statement: ${problems.join('; ')}.`)];
};

export const statementId: Rule = ({ statement }) =>
  typeof statement.id === 'string' && UUID.test(statement.id)
    ? []
    : [finding('9.1.0.0-1 (d)', 'The AU must give every statement an id in UUID form.')];

export const utcTimestamp: Rule = ({ statement }) => {
  const timestamp = statement['timestamp'];
  if (typeof timestamp !== 'string') return [finding('9.7.0.0-1 (d)', 'The statement has no timestamp.')];
  return UTC_TIMESTAMP.test(timestamp) ? [] : [finding('9.7.0.0-2 (d)', `The timestamp ${timestamp} is not in UTC.`)];
};

/** cmi5 9.2: the actor is the one the LMS launched with, an Agent with an account. */
export const launchedActor: Rule = ({ statement, session }) => {
  const actor = statement['actor'];
  const account = (actor as { account?: unknown } | undefined)?.account;
  if (typeof account !== 'object' || account === null) {
    return [finding('9.2.0.0-3', 'The actor must be identified by an account.')];
  }
  return agentKey(actor) === agentKey(session.actor)
    ? []
    : [finding('9.2.0.0-1', 'The actor is not the learner the LMS launched the AU for.')];
};
