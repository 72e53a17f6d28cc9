import { Component, lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPanel } from '@/components/error-panel';
import { UpdatePrompt } from '@/features/app-update/update-prompt';
import { useInputsLocked } from '@/features/app-update/update-state';
import { IncidentListPage } from '@/features/incidents/incident-list-page';
import { installPageHideFlush } from '@/saving/pending-saves';
import { loadAllWording } from '@/i18n';
import { useRoute, type Route } from '@/lib/router';
import { startDatabase } from './startup';

// Every page is its own chunk, loaded (with the checklist's wording) when
// first shown; the list page shows its create form meanwhile, and loads its
// list the same way (see IncidentListPage). The service worker precaches
// every chunk, so they open offline too. A page whose code was loaded ahead
// (preloadRoute) renders at once, without suspending: React holds a page
// that comes after a fallback for up to 300 ms more.
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), loadAllWording()]).then(
      ([component]) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // try again next time
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Shown(props: P) {
    // Chosen once per mount: switching from Lazy to the same page would mount it again.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? (Lazy as unknown as ComponentType<P>));
    return <Component {...props} />;
  }
  return Object.assign(Shown, { preload });
}
const WizardPage = page(() => import('@/features/wizard/wizard-page').then((m) => m.WizardPage));
const RecordPage = page(() => import('@/features/record/record-page').then((m) => m.loadRecordPage()));
const BlankChecklistPage = page(() => import('@/features/record/record-page').then((m) => m.BlankChecklistPage));
const ExportIncidentButton = lazy(() =>
  import('@/features/transfer/export-incident-button').then((m) => ({ default: m.ExportIncidentButton })),
);
const TransferPage = page(() => import('@/features/transfer/transfer-page').then((m) => m.TransferPage));
const SettingsPage = page(() => import('@/features/settings/settings-page').then((m) => m.SettingsPage));
const ReferencePage = page(() => import('@/features/reference/reference-page').then((m) => m.loadReferencePage()));
const ReferenceAppendix = lazy(() =>
  import('@/features/reference/reference-appendix').then((m) => m.loadReferenceAppendix()).then((c) => ({ default: c })),
);

/** Starts loading the code and wording of the page a route shows (main.tsx, before the first render). */
export function preloadRoute(route: Route): Promise<unknown> {
  switch (route.name) {
    case 'step':
      return WizardPage.preload();
    case 'record':
      return RecordPage.preload();
    default:
      return Promise.resolve();
  }
}

/** undefined while the database opens and the journal is replayed. */
type DbState = { ok: true } | { ok: false; reason: string } | undefined;

export function App() {
  const { t } = useTranslation();
  const [dbState, setDbState] = useState<DbState>();
  const locked = useInputsLocked();
  useEffect(() => installPageHideFlush(), []);
  useEffect(() => {
    void startDatabase().then(setDbState);
  }, []);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  return (
    <>
      <UpdatePrompt />
      {/* Locked from 更新 until the reload (see update-state.ts). */}
      <div className="app-content" inert={locked}>
        {dbState?.ok === false ? (
          <NoDatabase reason={dbState.reason} />
        ) : (
          // A page that fails to render says so, and the update bar stays.
          <ErrorBoundary>
            <UntilDatabaseFails opening={dbState === undefined}>
              <Suspense fallback={<PageLoading />}>
                <Page ready={dbState?.ok === true} />
              </Suspense>
            </UntilDatabaseFails>
          </ErrorBoundary>
        )}
      </div>
    </>
  );
}

/**
 * The list page's frame and create form show at once, while the database
 * opens. Pages that show stored answers wait until the journal of a closed
 * tab is replayed, so they never show a value older than it.
 */
function Page({ ready }: { ready: boolean }) {
  const route: Route = useRoute();
  const { t } = useTranslation();
  switch (route.name) {
    case 'list':
      return <IncidentListPage />;
    case 'blank':
      return (
        <BlankChecklistPage
          appendix={
            <Suspense fallback={null}>
              <ReferenceAppendix />
            </Suspense>
          }
        />
      );
    case 'reference':
      return <ReferencePage pageId={route.pageId} />;
    case 'settings':
      return ready ? <SettingsPage /> : <PageLoading />;
    case 'record':
      return ready ? (
        <RecordPage
          incidentId={route.incidentId}
          actions={
            <Suspense fallback={null}>
              <ExportIncidentButton incidentId={route.incidentId} />
            </Suspense>
          }
        />
      ) : (
        <PageLoading />
      );
    case 'transfer':
      return ready ? <TransferPage /> : <PageLoading />;
    case 'step':
      return ready ? <WizardPage incidentId={route.incidentId} code={route.code} /> : <PageLoading />;
    case 'notFound':
      return <ErrorPanel message={t('nav.notFound')} />;
  }
}

/** A page's code or its data is on its way: a quiet line, nothing to wait on. */
function PageLoading() {
  const { t } = useTranslation();
  return <p className="page-loading">{t('common.loading')}</p>;
}

/**
 * The list page reads the database while it is still being opened. If the
 * open fails, that read fails too; the NoDatabase panel is about to replace
 * the page, so such an error only blanks it meanwhile. Any other error goes
 * on up, to the ErrorBoundary's message.
 */
class UntilDatabaseFails extends Component<{ opening: boolean; children: ReactNode }, { error: unknown; whileOpening: boolean }> {
  state = { error: undefined as unknown, whileOpening: false };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown error') };
  }

  componentDidCatch() {
    this.setState({ whileOpening: this.props.opening });
  }

  componentDidUpdate(previous: { opening: boolean }) {
    // Opened after all: try the page again.
    if (previous.opening && !this.props.opening && this.state.error !== undefined && this.state.whileOpening) {
      this.setState({ error: undefined, whileOpening: false });
    }
  }

  render() {
    if (this.state.error === undefined) return this.props.children;
    if (this.props.opening || this.state.whileOpening) return <PageLoading />;
    throw this.state.error;
  }
}

/** IndexedDB refused: say so plainly instead of showing an empty list. */
function NoDatabase({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="error-panel no-database" role="alert">
      <h1>{t('noDatabase.heading')}</h1>
      <p>{t('noDatabase.body')}</p>
      <p>{t('noDatabase.advice')}</p>
      <p className="error-detail">{reason}</p>
    </main>
  );
}
