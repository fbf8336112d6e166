import { COURSE_SUSPEND_TARGET, DIALECTS, type ScormVersionKey } from '../scorm-dialect';
import { PanelCard } from './panel-card';

const count = (n: number) => n.toLocaleString('en-GB');

export function SuspendDataCard({ version, suspendData }: { version: ScormVersionKey; suspendData: string }) {
  const limit = DIALECTS[version].suspendDataLimit;
  const length = suspendData.length;
  const bytes = new TextEncoder().encode(suspendData).length;
  // The bar spans the 1.2 limit even for 2004, so the course target stays visible.
  const scale = Math.max(limit === 4096 ? limit : 4096, length);
  const verdict =
    length > limit
      ? { tone: 'bad', text: `Over the ${DIALECTS[version].label} limit: an LMS may truncate or reject it.` }
      : length > COURSE_SUSPEND_TARGET
        ? { tone: 'warn', text: `Over the course's own target of ${count(COURSE_SUSPEND_TARGET)} characters.` }
        : { tone: 'good', text: `Within the course's target of ${count(COURSE_SUSPEND_TARGET)} characters.` };
  return (
    <PanelCard title="Suspend data">
      <p className="big-number">
        {count(length)} <span className="big-number__unit">characters</span>
        {bytes !== length && <span className="muted"> ({count(bytes)} bytes)</span>}
      </p>
      <div className="budget" aria-hidden="true">
        <div
          className={`budget__fill budget__fill--${verdict.tone}`}
          style={{ width: `${Math.min(100, (length / scale) * 100)}%` }}
        />
        <div
          className="budget__mark"
          style={{ left: `${(COURSE_SUSPEND_TARGET / scale) * 100}%` }}
          title="Course target"
        />
      </div>
      <p className="budget__legend">
        Course target {count(COURSE_SUSPEND_TARGET)} · {DIALECTS[version].label} limit {count(limit)}
      </p>
      <p className={`verdict verdict--${verdict.tone}`}>{verdict.text}</p>
      {length > 0 && (
        <details className="raw">
          <summary>Show the raw suspend_data</summary>
          <pre>{suspendData}</pre>
        </details>
      )}
    </PanelCard>
  );
}
