import { Component, type ReactNode } from 'react';
import { ScenarioProblem } from './scenario-problem';

interface Props {
  readonly onRetry: () => void;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/** A scenario chunk can fail to load on a flaky connection; offer a retry rather than a blank space. */
export class ScenarioLoadBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ScenarioProblem
        action={
          <button type="button" className="scn-button scn-button--secondary" onClick={this.props.onRetry}>
            Try loading it again
          </button>
        }
      >
        This role-play could not be loaded. Check your connection, then try again. Your progress so far is saved.
      </ScenarioProblem>
    );
  }
}
