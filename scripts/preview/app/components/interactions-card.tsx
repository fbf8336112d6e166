import type { InteractionRow } from '../cmi-view';
import { PanelCard, ScrollRegion } from './panel-card';

export function InteractionsCard({ rows, unsupported }: { rows: readonly InteractionRow[]; unsupported: boolean }) {
  return (
    <PanelCard title="Interactions" aside={<span className="count">{rows.length}</span>}>
      {rows.length === 0 ? (
        <p className="empty">
          {unsupported
            ? 'The “interactions not supported” preset is on: this LMS rejects every interaction.'
            : 'No interactions recorded yet.'}
        </p>
      ) : (
        <ScrollRegion label="Interactions table">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Question or reply</th>
                <th scope="col">Answer</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.index}>
                  <td>{r.index}</td>
                  <td>
                    <span className="mono break">{r.id}</span>
                    {r.description && <span className="sub">{r.description}</span>}
                    <span className="sub">
                      {r.type}
                      {r.time && ` · ${r.time}`}
                    </span>
                  </td>
                  <td>
                    <span className="mono break">{r.response || '–'}</span>
                    {r.correct && <span className="sub">correct: {r.correct}</span>}
                    {r.latency && <span className="sub">took {r.latency}</span>}
                  </td>
                  <td>
                    <span className={`result result--${r.result || 'none'}`}>{r.result || '–'}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </PanelCard>
  );
}
