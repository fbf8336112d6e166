import { Component, type ReactNode } from 'react';

interface Props {
  readonly what: string;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/** A lesson chunk can fail to load on a flaky connection; say so and offer a retry instead of a blank page. */
export class LoadErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice notice--error" role="alert">
        <p>
          We could not load {this.props.what}. Check your connection, then try again. Your progress so far is
          saved.
        </p>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
    );
  }
}
