import { randomUUID } from 'node:crypto';
import { DocumentStore } from './document-store';
import { launch } from './launcher';
import type { LrsCore } from './lrs-core';
import { route } from './routes';
import { CMI5_RULES } from './rules/index';
import { SessionRegistry } from './session-registry';
import { StatementStore } from './statement-store';
import { stamp } from './statements-route';
import type { Lrs, Violation } from './types';

export interface CreateLrsOptions {
  /** Absolute URL of the LRS root, e.g. "http://127.0.0.1:4173/lrs"; the xAPI endpoint is baseUrl + "/xapi/". */
  baseUrl: string;
  now?: () => number;
  /** Makes ids (sessions, registrations, tokens, statements); tests may pass a counter. */
  newId?: () => string;
}

/** A small in-memory LRS and cmi5 launcher for the preview LMS and the tests. */
export function createLrs(options: CreateLrsOptions): Lrs {
  const statements = new StatementStore();
  const violations: Violation[] = [];
  const core: LrsCore = {
    baseUrl: options.baseUrl.replace(/\/$/, ''),
    now: options.now ?? Date.now,
    newId: options.newId ?? randomUUID,
    sessions: new SessionRegistry(),
    documents: new DocumentStore(),
    statements,
    violations,
    storeFromLms(statement) {
      statements.add(String(statement.id), statement, stamp(core, statement), 'lms');
    },
  };
  return {
    baseUrl: core.baseUrl,
    handle: (request) => route(core, CMI5_RULES, request),
    launch: (launchOptions) => launch(core, launchOptions),
    statements: () => statements.all(),
    violations: () => violations,
  };
}
