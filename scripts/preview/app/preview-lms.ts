import { isFailedCall } from './call-outcome';
import { readCmiView, type CmiView } from './cmi-view';
import { courseLaunchPath, type CourseInfo } from './course-info';
import { createExposedApi, type CallRecord } from './exposed-api';
import type { FrameHost } from './frame-host';
import { planLaunch } from './launch-plan';
import {
  FRESH_RECORD,
  PRESET_LABELS,
  type LearnerRecord,
  type PreviewPresets,
  type PreviewSettings,
} from './learner-record';
import type { LearnerStore } from './learner-store';
import { DIALECTS, type ScormVersionKey } from './scorm-dialect';
import { createRuntime, type ScormRuntime } from './scorm-runtime';

export interface SessionState {
  readonly launch: number;
  readonly entry: string;
  readonly reason: string;
  readonly phase: 'waiting' | 'running' | 'terminated';
  readonly calls: readonly CallRecord[];
  readonly commits: number;
  readonly failures: number;
  readonly view: CmiView;
}

export interface PreviewState {
  readonly course: CourseInfo;
  readonly settings: PreviewSettings;
  readonly record: LearnerRecord;
  /** The running launch, or null while the course is closed. */
  readonly session: SessionState | null;
  /** The launch that ran last, kept for reading after an exit. */
  readonly lastSession: SessionState | null;
  /** What the LMS will do on the next launch, and why. */
  readonly nextLaunch: string;
  /** The latest announcement for the live region. */
  readonly message: string;
}

const MAX_CALLS = 5000;
const DEFAULT_PRESETS: PreviewPresets = { mastery: false, noInteractions: false, failWrites: false };

type HostWindow = Window & Partial<Record<'API' | 'API_1484_11', unknown>>;

/**
 * The preview LMS: one learner, one SCO, scorm-again as the run-time. It owns the launch cycle
 * (seed → expose API → open frame → record calls → close frame → keep data) and hands React a
 * snapshot through subscribe/getState.
 */
export class PreviewLms {
  private settings: PreviewSettings;
  private record: LearnerRecord;
  private runtime: ScormRuntime | null = null;
  private session: Omit<SessionState, 'calls' | 'view'> | null = null;
  private calls: CallRecord[] = [];
  private lastSession: SessionState | null = null;
  private message = '';
  private frame: FrameHost | null = null;
  private snapshot: PreviewState;
  private scheduled = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly course: CourseInfo,
    private readonly store: LearnerStore,
    private readonly host: HostWindow = window,
  ) {
    const languages = course.languages.map((l) => l.code);
    this.settings = store.loadSettings(
      {
        version: '2004',
        language: languages[0] ?? 'en-GB',
        presets: { ...DEFAULT_PRESETS, mastery: course.masteryScoreInManifest },
      },
      languages,
    );
    this.record = store.loadRecord(this.settings.version, this.settings.language);
    this.snapshot = this.buildState();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): PreviewState => this.snapshot;

  /** Connects the frame and launches the course once, as an LMS does when the learner opens it. */
  attachFrame(frame: FrameHost): void {
    if (this.frame === frame) return;
    this.frame = frame;
    this.launch();
  }

  launch(): void {
    if (this.session) return;
    const { version, presets } = this.settings;
    // Like Moodle, the LMS never starts a new attempt by itself: only the New attempt button does.
    const plan = planLaunch({ version, record: this.record, presets, passMark: this.course.passMark });
    this.record = { ...this.record, launches: this.record.launches + 1 };
    this.store.saveRecord(version, this.settings.language, this.record);

    const runtime = createRuntime(version, plan.seed, { masteryOverride: presets.mastery && version === '1.2' });
    const api = createExposedApi(version, runtime, {
      presets: () => this.settings.presets,
      onCall: (call) => this.recordCall(call),
      startedAt: Date.now(),
    });
    this.runtime = runtime;
    this.calls = [];
    this.session = {
      launch: this.record.launches,
      entry: plan.entry,
      reason: plan.reason,
      phase: 'waiting',
      commits: 0,
      failures: 0,
    };
    delete this.host.API;
    delete this.host.API_1484_11;
    // The API must exist before the frame loads: the course looks for it as it starts.
    this.host[DIALECTS[version].windowProperty] = api;
    this.message = `${DIALECTS[version].label}: launch ${this.record.launches}, attempt ${this.record.attempt}, entry "${plan.entry}", mode "${plan.mode}".`;
    this.frame?.open(new URL(courseLaunchPath(this.settings.language), this.host.location.href).href);
    this.emit();
  }

  exit(): void {
    this.closeThen(() => undefined);
  }

  relaunch(): void {
    this.closeThen(() => this.launch());
  }

  newAttempt(): void {
    this.closeThen(() => {
      this.record = { ...FRESH_RECORD, attempt: this.record.attempt + 1, launches: this.record.launches };
      this.store.saveRecord(this.settings.version, this.settings.language, this.record);
      this.launch();
      this.message = `New attempt ${this.record.attempt} started. ${this.message}`;
    });
  }

  resetLearner(): void {
    this.closeThen(() => {
      this.store.resetLearner();
      this.record = FRESH_RECORD;
      this.lastSession = null;
      this.launch();
      this.message = `Learner reset: all saved data is gone. ${this.message}`;
    });
  }

  /** Plays another language's package, as a learner would open it in the LMS: its own record, launched afresh. */
  setLanguage(language: string): void {
    if (language !== this.settings.language) this.switchPackage({ ...this.settings, language });
  }

  setVersion(version: ScormVersionKey): void {
    if (version !== this.settings.version) this.switchPackage({ ...this.settings, version });
  }

  /** Closes the running package, keeps the new settings and loads that package's record; relaunches if one was running. */
  private switchPackage(settings: PreviewSettings): void {
    const running = this.session !== null;
    this.closeThen(() => {
      this.settings = settings;
      this.store.saveSettings(settings);
      this.record = this.store.loadRecord(settings.version, settings.language);
      this.lastSession = null;
      if (running) this.launch();
      else this.emit();
    });
  }

  setPreset(name: keyof PreviewPresets, on: boolean): void {
    this.settings = { ...this.settings, presets: { ...this.settings.presets, [name]: on } };
    this.store.saveSettings(this.settings);
    const when = name === 'mastery' ? 'from the next launch' : 'from the next call';
    this.message = `${PRESET_LABELS[name]}: ${on ? 'on' : 'off'}, ${when}.`;
    this.emit();
  }

  /** Unloads the course first, so its own exit handling reaches this session, then keeps the data. */
  private closeThen(next: () => void): void {
    if (this.session) {
      this.frame?.close();
      const closed = this.sessionState();
      if (closed && closed.phase !== 'terminated')
        this.message = 'The course closed without calling Terminate/LMSFinish: the LMS keeps only what was committed.';
      else this.message = 'The course exited.';
      this.lastSession = closed;
      this.session = null;
      this.runtime = null;
      delete this.host.API;
      delete this.host.API_1484_11;
    }
    next();
    this.emit();
  }

  private recordCall(call: CallRecord): void {
    if (!this.session) return;
    if (this.calls.length >= MAX_CALLS) this.calls.shift();
    this.calls.push(call);
    let { phase, commits, failures } = this.session;
    if (isFailedCall(call)) failures += 1;
    if (call.result === 'true' && call.kind === 'initialize') phase = 'running';
    if (call.result === 'true' && call.kind === 'commit') {
      commits += 1;
      this.persist(false);
    }
    if (call.result === 'true' && call.kind === 'terminate') {
      phase = 'terminated';
      this.persist(true);
    }
    this.session = { ...this.session, phase, commits, failures };
    this.scheduleEmit();
  }

  /** Stores what the LMS received at once: a reload of the page may follow in the same task. */
  private persist(terminated: boolean): void {
    if (!this.runtime) return;
    this.record = {
      ...this.record,
      cmi: this.runtime.cmi(),
      terminated,
      totalSeconds: terminated ? this.runtime.totalSeconds() : this.record.totalSeconds,
    };
    this.store.saveRecord(this.settings.version, this.settings.language, this.record);
  }

  private sessionState(): SessionState | null {
    if (!this.session || !this.runtime) return null;
    return { ...this.session, calls: [...this.calls], view: readCmiView(this.settings.version, this.runtime.cmi()) };
  }

  private buildState(): PreviewState {
    const session = this.sessionState();
    const showNext = !session || session.phase === 'terminated';
    return {
      course: this.course,
      settings: this.settings,
      record: this.record,
      session,
      lastSession: this.lastSession,
      nextLaunch: showNext
        ? planLaunch({
            version: this.settings.version,
            record: this.record,
            presets: this.settings.presets,
            passMark: this.course.passMark,
          }).reason
        : '',
      message: this.message,
    };
  }

  /** A course makes dozens of calls in one go; the panel redraws once after them. */
  private scheduleEmit(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.emit();
    });
  }

  private emit(): void {
    this.snapshot = this.buildState();
    for (const listener of this.listeners) listener();
  }
}
