import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { announceUpdate } from '@/features/app-update/update-state';
import { renderApp, resetDb, t } from '../render-app';

function fakeStorage(persisted: boolean) {
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => persisted),
    estimate: vi.fn(async () => ({ usage: 3 * 1024 * 1024, quota: 10 * 1024 * 1024 * 1024 })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

beforeEach(async () => {
  await resetDb();
});
afterEach(() => cleanup());

describe('the settings page', () => {
  it('shows usage and quota, and warns that the browser may evict data when persistence is refused', async () => {
    const storage = fakeStorage(false);
    await renderApp('#/settings');
    expect(await screen.findByText(/3 MB/)).toHaveTextContent('10 GB');
    expect(screen.getByText(t('settings.storage.evictionWarning'))).toBeVisible();
    await userEvent.setup().click(screen.getByRole('button', { name: t('settings.storage.requestPersistence') }));
    expect(storage.persist).toHaveBeenCalled();
  });

  it('does not warn when storage is persistent', async () => {
    fakeStorage(true);
    await renderApp('#/settings');
    expect(await screen.findByText(t('settings.storage.persisted.true'))).toBeVisible();
    expect(screen.queryByText(t('settings.storage.evictionWarning'))).toBeNull();
  });

  it('explains installing and that the data stays on this device', async () => {
    fakeStorage(true);
    await renderApp('#/settings');
    expect(await screen.findByText(t('settings.storage.local'))).toBeVisible();
    expect(screen.getByRole('heading', { name: t('settings.install.heading') })).toBeVisible();
  });
});

describe('the update prompt', () => {
  it('waits for the user, then applies the update', async () => {
    fakeStorage(true);
    await renderApp('#/');
    const apply = vi.fn(async () => {});
    announceUpdate('newVersion', apply);
    const button = await screen.findByRole('button', { name: t('update.apply') });
    expect(screen.getByText(t('update.newVersion'))).toBeVisible();
    expect(apply).not.toHaveBeenCalled();
    await userEvent.setup().click(button);
    expect(apply).toHaveBeenCalledOnce();
  });
});
