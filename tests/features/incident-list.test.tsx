import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyImport } from '@/db/transfer';
import { PAGE_SIZE } from '@/db/incidents';
import { generateIncidents } from '../bench/seed/generate';
import { renderApp, resetDb, t } from '../render-app';

beforeEach(async () => {
  await resetDb();
});
afterEach(() => cleanup());

const cards = () => within(screen.getByRole('region', { name: t('list.heading') })).queryAllByRole('article');

describe('the incident list with many incidents', () => {
  it('shows the newest first, a page at a time, and says how many there are', async () => {
    const data = generateIncidents(0, PAGE_SIZE + 3);
    await applyImport(data, {});
    await renderApp('#/');
    await waitFor(() => expect(cards()).toHaveLength(PAGE_SIZE));
    expect(cards()[0]).toHaveTextContent(data.incidents[0]!.title);
    expect(await screen.findByText(t('list.shown', { shown: PAGE_SIZE, total: PAGE_SIZE + 3 }))).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: t('list.more') }));
    await waitFor(() => expect(cards()).toHaveLength(PAGE_SIZE + 3));
    expect(screen.queryByRole('button', { name: t('list.more') })).toBeNull();
  });

  it('finds an incident by a word in one of its answers', async () => {
    const data = generateIncidents(0, 5);
    await applyImport(data, {});
    await renderApp('#/');
    await userEvent.type(screen.getByRole('searchbox'), '第3号');
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(cards()[0]).toHaveTextContent(data.incidents[3]!.title);
    expect(screen.getByText(t('list.shownMatches', { shown: 1 }))).toBeVisible();
  });
});
