import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the children after they threw. */
  fallback: (error: Error) => ReactNode;
  /** When this changes, try the children again (e.g. after the data or the scenario changed). */
  resetKey?: unknown;
  children: ReactNode;
}

/** Keeps one failing part from blanking the page: it shows a message and the rest keeps working. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('A part of the page failed to render', error, info.componentStack);
  }
  override componentDidUpdate(prev: Props) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }
  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
