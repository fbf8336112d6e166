import { PRESET_LABELS, type PreviewPresets } from '../learner-record';
import type { PreviewLms, PreviewState } from '../preview-lms';
import { DIALECTS, type ScormVersionKey } from '../scorm-dialect';

const VERSIONS: ScormVersionKey[] = ['2004', '1.2'];

export function LmsControls({ state, lms }: { state: PreviewState; lms: PreviewLms }) {
  const { settings, course } = state;
  const dialect = DIALECTS[settings.version];
  const hints: Record<keyof PreviewPresets, string> = {
    mastery:
      settings.version === '1.2'
        ? `mastery_score ${course.passMark}; the LMS sets passed/failed from score.raw at LMSFinish. Next launch.`
        : `scaled_passing_score ${course.passMark / 100}; the LMS decides success from score.scaled. Next launch.`,
    noInteractions: `cmi.interactions calls fail with error ${dialect.errors.interactionsUnsupported}.`,
    failWrites: `${dialect.methods.setValue} and ${dialect.methods.commit} return false (error ${dialect.errors.setFailed}${dialect.errors.commitFailed === dialect.errors.setFailed ? '' : `/${dialect.errors.commitFailed}`}).`,
  };
  return (
    <section className="controls" aria-label="LMS controls">
      <fieldset className="controls__group">
        <legend>SCORM version</legend>
        <div className="segmented">
          {VERSIONS.map((v) => (
            <label key={v} className="segmented__option">
              <input
                type="radio"
                name="scorm-version"
                value={v}
                checked={settings.version === v}
                onChange={() => lms.setVersion(v)}
              />
              <span>{DIALECTS[v].label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {course.languages.length > 1 && (
        <fieldset className="controls__group">
          <legend>Language</legend>
          <div className="segmented">
            {course.languages.map((language) => (
              <label key={language.code} className="segmented__option">
                <input
                  type="radio"
                  name="course-language"
                  value={language.code}
                  checked={settings.language === language.code}
                  onChange={() => lms.setLanguage(language.code)}
                />
                <span lang={language.code}>{language.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset className="controls__group controls__presets">
        <legend>Behave like a stricter LMS</legend>
        {(Object.keys(PRESET_LABELS) as Array<keyof PreviewPresets>).map((name) => (
          <label key={name} className="preset">
            <input
              type="checkbox"
              checked={settings.presets[name]}
              onChange={(e) => lms.setPreset(name, e.currentTarget.checked)}
              aria-describedby={`preset-${name}-hint`}
            />
            <span className="preset__text">
              <span className="preset__label">{PRESET_LABELS[name]}</span>
              <span className="preset__hint" id={`preset-${name}-hint`}>
                {hints[name]}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
