import { isFailedCall } from '../call-outcome';
import { useState } from 'react';
import type { CallRecord } from '../exposed-api';
import { PanelCard, ScrollRegion } from './panel-card';

type Filter = 'calls' | 'all' | 'failed';
const FILTERS: Record<Filter, string> = {
  calls: 'Calls without error look-ups',
  all: 'Every call',
  failed: 'Failed calls only',
};
const SHOWN = 300;
const LOOKUPS = new Set(['getLastError', 'getErrorString', 'getDiagnostic']);

function clip(value: string): string {
  return value.length > 160 ? `${value.slice(0, 160)}… (+${value.length - 160} characters)` : value;
}

function download(calls: readonly CallRecord[], courseId: string) {
  const blob = new Blob([JSON.stringify(calls, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${courseId}-lms-calls.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}

export function CallLogCard({ calls, courseId }: { calls: readonly CallRecord[]; courseId: string }) {
  const [filter, setFilter] = useState<Filter>('calls');
  const matching = calls.filter((c) =>
    filter === 'all' ? true : filter === 'failed' ? isFailedCall(c) : !LOOKUPS.has(c.kind),
  );
  const newestFirst = matching.slice(-SHOWN).reverse();
  const failed = calls.filter(isFailedCall).length;
  return (
    <PanelCard
      title="Call log"
      aside={
        <span className={failed ? 'count count--bad' : 'count'}>
          {failed ? `${failed} failed of ${calls.length}` : calls.length}
        </span>
      }
    >
      <div className="log-tools">
        <label>
          Show{' '}
          <select value={filter} onChange={(e) => setFilter(e.currentTarget.value as Filter)}>
            {(Object.keys(FILTERS) as Filter[]).map((f) => (
              <option key={f} value={f}>
                {FILTERS[f]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--small"
          onClick={() => download(calls, courseId)}
          disabled={calls.length === 0}
        >
          Download log (JSON)
        </button>
      </div>
      {newestFirst.length === 0 ? (
        <p className="empty">
          {calls.length === 0 ? 'The course has not called the LMS yet.' : 'No call matches this filter.'}
        </p>
      ) : (
        <ScrollRegion label="Call log, newest first">
          <table className="table table--log">
            <caption className="visually-hidden">LMS calls, newest first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Time</th>
                <th scope="col">Call</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((c) => (
                <tr key={c.seq} className={isFailedCall(c) ? 'row--bad' : undefined}>
                  <td>{c.seq}</td>
                  <td className="mono">{(c.at / 1000).toFixed(1)} s</td>
                  <td>
                    <span className="mono strong">{c.method}</span>
                    {c.element && <span className="mono break"> {c.element}</span>}
                    {c.value !== '' && <span className="value mono">{clip(c.value)}</span>}
                  </td>
                  <td>
                    {c.error === '0' ? (
                      <span className="mono">{c.kind === 'getValue' ? 'ok' : clip(c.result)}</span>
                    ) : (
                      <span className="error-code">
                        Error {c.error}
                        {c.errorText && <span className="sub">{c.errorText}</span>}
                        {c.simulated && <span className="sub">{c.simulated}</span>}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {matching.length > SHOWN && (
        <p className="note">
          Showing the latest {SHOWN} of {matching.length} calls. Download the log for all of them.
        </p>
      )}
    </PanelCard>
  );
}
