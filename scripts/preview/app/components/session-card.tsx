import type { PreviewState, SessionState } from '../preview-lms';
import { DIALECTS } from '../scorm-dialect';
import { describeDuration } from '../scorm-time';
import { PanelCard } from './panel-card';

const PHASE_TEXT: Record<SessionState['phase'] | 'closed', string> = {
  waiting: 'Waiting for Initialize',
  running: 'Running',
  terminated: 'Terminated',
  closed: 'Closed',
};

const show = (value: string) => (value === '' ? <span className="muted">(empty)</span> : value);

export function SessionCard({ state, session }: { state: PreviewState; session: SessionState | null }) {
  const phase = state.session ? state.session.phase : 'closed';
  const view = session?.view;
  const dialect = DIALECTS[state.settings.version];
  return (
    <PanelCard title="Status" aside={<span className={`pill pill--${phase}`}>{PHASE_TEXT[phase]}</span>}>
      <dl className="facts">
        <div>
          <dt>LMS</dt>
          <dd>{dialect.label}</dd>
        </div>
        <div>
          <dt>Attempt · launch</dt>
          <dd>
            {state.record.attempt} · {state.record.launches}
          </dd>
        </div>
        {view?.statuses.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="strong">{show(value)}</dd>
          </div>
        ))}
        <div>
          <dt>Score</dt>
          <dd className="strong">{show(view?.score ?? '')}</dd>
        </div>
        {view?.passingScore && (
          <div>
            <dt>{state.settings.version === '1.2' ? 'Mastery score' : 'Passing score'}</dt>
            <dd>{view.passingScore}</dd>
          </div>
        )}
        <div>
          <dt>Location</dt>
          <dd className="mono">{show(view?.location ?? '')}</dd>
        </div>
        <div>
          <dt>Entry · exit</dt>
          <dd className="mono">{view ? `${view.entry || '""'} · ${view.exit || '""'}` : '–'}</dd>
        </div>
        <div>
          <dt>Session · total time</dt>
          <dd className="mono">
            {view?.sessionTime || '–'} · {describeDuration(state.record.totalSeconds)}
          </dd>
        </div>
        <div>
          <dt>Commits</dt>
          <dd>{session?.commits ?? 0}</dd>
        </div>
        <div>
          <dt>Failed calls</dt>
          <dd className={session && session.failures > 0 ? 'bad strong' : ''}>{session?.failures ?? 0}</dd>
        </div>
      </dl>
      {session?.reason && <p className="note">This launch: {session.reason}</p>}
      {state.nextLaunch && <p className="note note--next">Next launch: {state.nextLaunch}</p>}
    </PanelCard>
  );
}
