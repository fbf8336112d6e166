import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead, with a way to retry: a chunk can fail to load on a flaky connection. */
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/** Shows a retry message instead of a blank space when lazily loaded content fails. */
export class LoadErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
