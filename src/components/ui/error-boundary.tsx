import { Component, type ReactNode } from 'react'

type ErrorBoundaryProps = {
  /** What to show instead of the children that failed to render. */
  fallback: (error: unknown, reset: () => void) => ReactNode
  /** When this value changes, the boundary tries its children again (e.g. another record). */
  resetKey?: unknown
  children: ReactNode
}

type ErrorBoundaryState = { error: unknown; failed: boolean; resetKey: unknown }

/**
 * Keeps a render error inside one part of the screen: the rest (the table, the filters) stays
 * usable. React offers this only as a class component.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, failed: false, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error, failed: true }
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey)
      ? null
      : { error: null, failed: false, resetKey: props.resetKey }
  }

  private reset = () => this.setState({ error: null, failed: false })

  override render() {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children
  }
}
