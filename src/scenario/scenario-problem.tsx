import type { ReactNode } from 'react';
import './scenario.css';

/** A role-play that cannot be shown says why, in place, instead of leaving a gap in the lesson. */
export function ScenarioProblem({ children, action }: { readonly children: ReactNode; readonly action?: ReactNode }) {
  return (
    <div className="scn-problem" role="alert">
      <p className="scn-problem__text">{children}</p>
      {action}
    </div>
  );
}
