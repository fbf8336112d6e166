import type { StatementRow, ViolationRow } from '../cmi5-statement-view';
import { PanelCard, ScrollRegion } from './panel-card';

/** What the local LRS stored, newest last, as the learner plays. */
export function Cmi5StatementsCard({ rows }: { rows: readonly StatementRow[] }) {
  return (
    <PanelCard title="Statements the LRS stored" aside={<span className="count">{rows.length}</span>}>
      {rows.length === 0 ? (
        <p className="empty">No statements yet.</p>
      ) : (
        <ScrollRegion label="Statements table">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Verb</th>
                <th scope="col">Object</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="mono">{r.time}</td>
                  <td>{r.verb}</td>
                  <td>
                    <span className="mono break">{r.object}</span>
                  </td>
                  <td>{r.result || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </PanelCard>
  );
}

/** Statements the LRS refused, each with the cmi5 requirement it broke. */
export function Cmi5ViolationsCard({ rows }: { rows: readonly ViolationRow[] }) {
  return (
    <PanelCard title="cmi5 rule violations" aside={<span className="count">{rows.length}</span>}>
      {rows.length === 0 ? (
        <p className="empty">None: every statement so far follows the cmi5 rules the LRS checks.</p>
      ) : (
        <ul className="violations">
          {rows.map((r, index) => (
            <li key={index}>
              <span className="mono">{r.requirement}</span> ({r.verb || 'request'}): {r.message}
            </li>
          ))}
        </ul>
      )}
    </PanelCard>
  );
}
