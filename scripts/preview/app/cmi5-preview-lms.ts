import { statementRow, violationRow, type StatementRow, type ViolationRow } from './cmi5-statement-view';
import type { FrameHost } from './frame-host';

export type Cmi5LaunchMode = 'Normal' | 'Browse' | 'Review';

export interface Cmi5State {
  readonly launchMode: Cmi5LaunchMode;
  /** The registration relaunches go into, kept across page reloads; null before the first launch. */
  readonly registration: string | null;
  readonly running: boolean;
  readonly statements: readonly StatementRow[];
  readonly violations: readonly ViolationRow[];
  readonly message: string;
}

interface LaunchAnswer {
  url: string;
  registration: string;
  activityId: string;
  error?: string;
}

const POLL_MS = 1000;

/**
 * The preview LMS in cmi5 mode: it asks the server's launcher for a launch URL, opens it in the
 * frame and polls what the local LRS stored and refused. The SCORM side (PreviewLms) is untouched.
 */
export class Cmi5PreviewLms {
  private state: Cmi5State;
  private frame: FrameHost | null = null;
  private activityId: string | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storageKey: string,
    private readonly storage: Storage = window.localStorage,
  ) {
    this.state = {
      launchMode: 'Normal',
      registration: this.storage.getItem(storageKey),
      running: false,
      statements: [],
      violations: [],
      message: '',
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): Cmi5State => this.state;

  /** Connects the frame, launches and starts polling: the page has switched to cmi5 mode. */
  attach(frame: FrameHost, language: string): void {
    if (this.frame === frame) return;
    this.frame = frame;
    this.timer ??= setInterval(() => void this.refresh(), POLL_MS);
    void this.launch(language);
  }

  /** The page left cmi5 mode: unload the course and stop polling. */
  detach(): void {
    this.frame?.close();
    this.frame = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.update({ running: false });
  }

  async launch(language: string, registration = this.state.registration): Promise<void> {
    const response = await fetch('preview-cmi5/launch', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language, launchMode: this.state.launchMode, ...(registration ? { registration } : {}) }),
    });
    const answer = (await response.json()) as LaunchAnswer;
    if (!response.ok) {
      this.update({ message: answer.error ?? `The launcher answered HTTP ${response.status}.` });
      return;
    }
    this.activityId = answer.activityId;
    this.storage.setItem(this.storageKey, answer.registration);
    this.frame?.open(new URL(answer.url, window.location.href).href);
    this.update({
      registration: answer.registration,
      running: true,
      message: `cmi5: launched in ${this.state.launchMode} mode, registration ${answer.registration}.`,
    });
    await this.refresh();
  }

  /** Closing the frame lets the course send terminated on pagehide, as a learner closing the window does. */
  exit(): void {
    this.frame?.close();
    this.update({ running: false, message: 'The course was closed.' });
  }

  relaunch(language: string): void {
    this.frame?.close();
    void this.launch(language);
  }

  newRegistration(language: string): void {
    this.frame?.close();
    this.storage.removeItem(this.storageKey);
    this.update({ registration: null });
    void this.launch(language, null);
  }

  setLaunchMode(launchMode: Cmi5LaunchMode): void {
    this.update({ launchMode, message: `Launch mode ${launchMode} from the next launch.` });
  }

  async refresh(): Promise<void> {
    const response = await fetch('preview-cmi5/statements', { cache: 'no-store' });
    if (!response.ok) return;
    const data = (await response.json()) as {
      statements: Record<string, unknown>[];
      violations: Record<string, unknown>[];
    };
    const statements = data.statements.map((s) => statementRow(s, this.activityId));
    const violations = data.violations.map(violationRow);
    if (statements.length === this.state.statements.length && violations.length === this.state.violations.length)
      return;
    this.update({ statements, violations });
  }

  private update(change: Partial<Cmi5State>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
