import type { ObjectiveRow } from '../cmi-view';
import { PanelCard, ScrollRegion } from './panel-card';

export function ObjectivesCard({ rows }: { rows: readonly ObjectiveRow[] }) {
  return (
    <PanelCard title="Objectives" aside={<span className="count">{rows.length}</span>}>
      {rows.length === 0 ? (
        <p className="empty">No objectives recorded yet.</p>
      ) : (
        <ScrollRegion label="Objectives table">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">ID</th>
                <th scope="col">Status</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.index}>
                  <td>{r.index}</td>
                  <td className="mono break">{r.id}</td>
                  <td>{r.status}</td>
                  <td>{r.score}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </PanelCard>
  );
}
