import type { Cmi5LaunchMode, Cmi5PreviewLms, Cmi5State } from '../cmi5-preview-lms';
import { PRESET_LABELS, type PreviewPresets } from '../learner-record';
import type { PreviewLms, PreviewState } from '../preview-lms';
import { DIALECTS, type ScormVersionKey } from '../scorm-dialect';

const VERSIONS: ScormVersionKey[] = ['2004', '1.2'];
const LAUNCH_MODES: Cmi5LaunchMode[] = ['Normal', 'Browse', 'Review'];

/** cmi5 mode sits beside the SCORM versions in the same switch; the page decides which side runs. */
export interface Cmi5Choice {
  readonly active: boolean;
  readonly state: Cmi5State;
  readonly lms: Cmi5PreviewLms;
  choose(active: boolean): void;
}

export function LmsControls({ state, lms, cmi5 }: { state: PreviewState; lms: PreviewLms; cmi5?: Cmi5Choice }) {
  const cmi5Active = cmi5?.active ?? false;
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
        <legend>Standard</legend>
        <div className="segmented">
          {VERSIONS.map((v) => (
            <label key={v} className="segmented__option">
              <input
                type="radio"
                name="scorm-version"
                value={v}
                checked={!cmi5Active && settings.version === v}
                onChange={() => {
                  cmi5?.choose(false);
                  lms.setVersion(v);
                }}
              />
              <span>{DIALECTS[v].label}</span>
            </label>
          ))}
          {cmi5 && (
            <label className="segmented__option">
              <input
                type="radio"
                name="scorm-version"
                value="cmi5"
                checked={cmi5Active}
                onChange={() => cmi5.choose(true)}
              />
              <span>cmi5</span>
            </label>
          )}
        </div>
      </fieldset>
      {course.languages.length > 1 && (
        <fieldset className="controls__group">
          <legend>{cmi5Active ? 'Language preference' : 'Language'}</legend>
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
      {cmi5Active && cmi5 ? (
        <fieldset className="controls__group">
          <legend>Launch mode</legend>
          <div className="segmented">
            {LAUNCH_MODES.map((mode) => (
              <label key={mode} className="segmented__option">
                <input
                  type="radio"
                  name="cmi5-launch-mode"
                  value={mode}
                  checked={cmi5.state.launchMode === mode}
                  onChange={() => cmi5.lms.setLaunchMode(mode)}
                />
                <span>{mode}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
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
      )}
    </section>
  );
}
