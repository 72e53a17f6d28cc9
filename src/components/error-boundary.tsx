import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '@/lib/router';
import { UserText } from './user-text';

/**
 * An error while rendering anything below shows a message with a way back
 * (the list, or a reload) instead of a blank page: without a boundary React
 * removes the whole tree. Going to another page (the hash changes, by the
 * link or the browser's back button) tries again.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown error') };
  }

  componentDidMount() {
    window.addEventListener('hashchange', this.retry);
  }

  componentWillUnmount() {
    window.removeEventListener('hashchange', this.retry);
  }

  private retry = () => {
    if (this.state.error !== undefined) this.setState({ error: undefined });
  };

  render() {
    return this.state.error === undefined ? this.props.children : <PageError error={this.state.error} />;
  }
}

function PageError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main id="main" className="error-panel" role="alert">
      <h1>{t('pageError.heading')}</h1>
      <p>{t('pageError.body')}</p>
      <p className="error-detail">
        <UserText>{detail}</UserText>
      </p>
      <div className="button-row">
        <a className="button" href={paths.list()}>
          {t('nav.backToList')}
        </a>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('pageError.reload')}
        </button>
      </div>
    </main>
  );
}
