import { FRESH_RECORD, type LearnerRecord, type PreviewSettings } from './learner-record';
import type { ScormVersionKey } from './scorm-dialect';

const PREFIX = 'mot-preview:';

/**
 * Keeps the preview learner in this page's localStorage, so a browser reload resumes like a real
 * LMS would. The course shares the origin, so every key of ours carries a prefix the course never uses.
 */
export class LearnerStore {
  constructor(
    private readonly courseId: string,
    private readonly storage: Storage = window.localStorage,
  ) {}

  private key(name: string): string {
    return `${PREFIX}${this.courseId}:${name}`;
  }

  /** One record per SCORM version and language: each language's package is its own activity in an LMS. */
  private recordKey(version: ScormVersionKey, language: string): string {
    return this.key(`learner:${version}:${language}`);
  }

  loadRecord(version: ScormVersionKey, language: string): LearnerRecord {
    const parsed = this.read(this.recordKey(version, language));
    if (!isRecord(parsed)) return FRESH_RECORD;
    return { ...FRESH_RECORD, ...parsed };
  }

  saveRecord(version: ScormVersionKey, language: string, record: LearnerRecord): void {
    this.write(this.recordKey(version, language), record);
  }

  loadSettings(fallback: PreviewSettings, languages: readonly string[] = [fallback.language]): PreviewSettings {
    const parsed = this.read(this.key('settings'));
    if (typeof parsed !== 'object' || parsed === null) return fallback;
    const saved = parsed as Partial<PreviewSettings>;
    return {
      version: saved.version === '1.2' || saved.version === '2004' ? saved.version : fallback.version,
      language:
        typeof saved.language === 'string' && languages.includes(saved.language) ? saved.language : fallback.language,
      presets: { ...fallback.presets, ...(typeof saved.presets === 'object' ? saved.presets : {}) },
    };
  }

  saveSettings(settings: PreviewSettings): void {
    this.write(this.key('settings'), settings);
  }

  /** Forgets the learner everywhere: our records and whatever the course stored in this browser. */
  resetLearner(): void {
    for (const key of Object.keys(this.storage))
      if (!key.startsWith(PREFIX) || key.startsWith(this.key('learner:'))) this.storage.removeItem(key);
  }

  private read(key: string): unknown {
    try {
      return JSON.parse(this.storage.getItem(key) ?? 'null');
    } catch {
      return null;
    }
  }

  private write(key: string, value: unknown): void {
    try {
      this.storage.setItem(key, JSON.stringify(value));
    } catch {
      // A full or blocked storage only costs persistence across reloads; the session goes on.
    }
  }
}

function isRecord(value: unknown): value is Partial<LearnerRecord> {
  return typeof value === 'object' && value !== null && typeof (value as LearnerRecord).attempt === 'number';
}
