import type { DocumentStore } from './document-store';
import type { SessionRegistry } from './session-registry';
import type { StatementStore } from './statement-store';
import type { Statement, Violation } from './types';

/** The shared parts of one LRS that the routes and the launcher work on. */
export interface LrsCore {
  readonly baseUrl: string;
  readonly now: () => number;
  readonly newId: () => string;
  readonly sessions: SessionRegistry;
  readonly documents: DocumentStore;
  readonly statements: StatementStore;
  readonly violations: Violation[];
  /** Stores a statement the LMS itself makes (launched), without the content rules. */
  storeFromLms(statement: Statement): void;
}
