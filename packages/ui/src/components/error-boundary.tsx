import { Component, type ReactNode } from 'react';
import { ErrorState } from './states';

type Props = { children: ReactNode; resetKey?: string };
type State = { error: unknown; resetKey: string | undefined };

/**
 * Catches a page that throws while rendering, or a lazy chunk that no longer exists after a
 * deploy, and offers a reload instead of a blank screen. Navigating elsewhere resets it.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorState
          error={this.state.error}
          title="This page could not be shown"
          onRetry={() => window.location.reload()}
        />
      );
    }
    return this.props.children;
  }
}
