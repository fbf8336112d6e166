import { VERB } from './cmi5-iris';
import { recordSatisfiedIfMet } from './lms-statements';
import type { LrsCore } from './lrs-core';
import { empty, json, text } from './responses';
import { checkStatement, type Rule, type RuleFinding } from './rules/check-statement';
import { isDefinedVerb, objectId, registrationOf, sessionIdOf, verbId } from './rules/statement-facts';
import type { LrsRequest, LrsResponse, Session, Statement } from './types';

/**
 * The xAPI Statement API for content. A batch is all or nothing (xAPI): a statement breaking a cmi5
 * rule is not stored, nor is any other statement of its batch, and the reasons go to violations().
 */
export function handleStatements(
  core: LrsCore,
  rules: readonly Rule[],
  request: LrsRequest,
  query: URLSearchParams,
  session: Session,
): LrsResponse {
  if (request.method === 'GET') return getStatements(core, query);
  if (request.method !== 'PUT' && request.method !== 'POST') return text(405, 'Method not allowed.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body ?? '');
  } catch {
    return text(400, 'The body is not JSON.');
  }
  if (request.method === 'PUT') {
    const id = query.get('statementId');
    if (!id || Array.isArray(parsed) || !isObject(parsed))
      return text(400, 'PUT needs ?statementId and one statement.');
    if (parsed.id !== undefined && parsed.id !== id) return text(400, 'The statement id differs from ?statementId.');
    const outcome = accept(core, rules, [{ ...parsed, id }], session);
    return 'ids' in outcome ? empty(204) : outcome;
  }
  const batch = Array.isArray(parsed) ? parsed : [parsed];
  if (!batch.every(isObject)) return text(400, 'Statements must be JSON objects.');
  // No id is made up for content: cmi5 9.1.0.0-1 (d) wants a statement without one refused.
  const outcome = accept(core, rules, batch, session);
  return 'ids' in outcome ? json(200, outcome.ids) : outcome;
}

function accept(
  core: LrsCore,
  rules: readonly Rule[],
  batch: Statement[],
  session: Session,
): { ids: string[] } | LrsResponse {
  const toStore: Statement[] = [];
  const fromContent = core.statements.fromContent();
  const registrationHistory = fromContent.filter((s) => registrationOf(s) === session.registration);
  const sessionHistory = fromContent.filter((s) => sessionIdOf(s) === session.sessionId);
  for (const statement of batch) {
    const id = typeof statement.id === 'string' ? statement.id : undefined;
    const previous = id === undefined ? undefined : core.statements.check(id, statement);
    if (previous === 'duplicate') continue;
    if (previous === 'conflict' || (id !== undefined && toStore.some((s) => s.id === id))) {
      return text(409, `Statement ${id} already exists with other content.`);
    }
    const findings = checkStatement(rules, {
      statement,
      session,
      sessionHistory: [...sessionHistory, ...toStore],
      registrationHistory: [...registrationHistory, ...toStore],
    });
    if (findings.length > 0) return reject(core, statement, findings);
    toStore.push(statement);
  }
  for (const statement of toStore) {
    core.statements.add(String(statement.id), statement, stamp(core, statement, session), 'content');
    if (isDefinedVerb(statement, VERB.terminated)) session.ended = 'terminated';
    // Right after the statement that met moveOn, so the store reads in the order things happened.
    recordSatisfiedIfMet(core, session);
  }
  return { ids: batch.map((s) => String(s.id)) };
}

function reject(core: LrsCore, statement: Statement, findings: RuleFinding[]): LrsResponse {
  const verb = verbId(statement);
  for (const finding of findings) {
    core.violations.push({
      requirement: finding.requirement,
      message: finding.message,
      ...(typeof statement.id === 'string' ? { statementId: statement.id } : {}),
      ...(verb === undefined ? {} : { verb }),
    });
  }
  const status = findings.some((f) => f.status === 403) ? 403 : 400;
  return text(status, findings.map((f) => `${f.requirement}: ${f.message}`).join('\n'));
}

/** What the LRS adds on storing: stored time, a timestamp if none, the authority and version. */
export function stamp(core: LrsCore, statement: Statement, session?: Session): Statement {
  const stored = new Date(core.now()).toISOString();
  return {
    ...statement,
    timestamp: statement.timestamp ?? stored,
    stored,
    authority: {
      objectType: 'Agent',
      name: session ? 'cmi5 AU session' : 'Local LMS',
      account: { homePage: new URL(core.baseUrl).origin, name: session ? session.sessionId : 'lms' },
    },
    version: '1.0.3',
  };
}

function getStatements(core: LrsCore, query: URLSearchParams): LrsResponse {
  const id = query.get('statementId');
  if (id !== null) {
    const statement = core.statements.get(id);
    return statement ? json(200, statement) : text(404, 'No such statement.');
  }
  const verb = query.get('verb');
  const registration = query.get('registration');
  const activity = query.get('activity');
  const found = core.statements
    .all()
    .filter(
      (s) =>
        (verb === null || verbId(s) === verb) &&
        (registration === null || registrationOf(s) === registration) &&
        (activity === null || objectId(s) === activity),
    );
  const ascending = query.get('ascending') === 'true';
  const limit = Number(query.get('limit') ?? '0');
  const ordered = ascending ? [...found] : [...found].reverse();
  return json(200, { statements: limit > 0 ? ordered.slice(0, limit) : ordered, more: '' });
}

function isObject(value: unknown): value is Statement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
