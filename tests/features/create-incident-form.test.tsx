import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { App } from '@/app/app';
import { db } from '@/db/db';
import { listIncidents } from '@/db/incidents';
import { IncidentListPage } from '@/features/incidents/incident-list-page';

// The list's code arrives when the test says so: the page shows its create
// form meanwhile. (So no ../render-app here: it
// loads that code up front.)
const gate = vi.hoisted(() => {
  let release: () => void = () => {};
  const opened = new Promise<void>((resolve) => (release = resolve));
  return { opened, release: () => release() };
});
vi.mock('@/features/incidents/incident-list', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});

const t = (key: string) => i18next.t(key);

async function renderList(lng: 'ja' | 'en') {
  await i18next.changeLanguage(lng);
  window.location.hash = '#/';
  render(<App />);
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
}

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
});
afterEach(() => cleanup());

// A field's name is its label, with the error shown inside the label after it.
const titleBox = () => screen.getByRole('textbox', { name: new RegExp(`^${t('incident.title')}`) });
const recorderBox = () => screen.getByRole('textbox', { name: new RegExp(`^${t('recorder.label')}`) });

describe('the create form', () => {
  // First in the file: later tests find the list's code loaded.
  it('works while the list is still loading, and keeps what is typed when the list arrives', async () => {
    const user = userEvent.setup();
    render(<IncidentListPage />);
    expect(screen.getByRole('heading', { name: t('list.heading') }).closest('section')!.querySelector('[aria-busy="true"]')).not.toBeNull();
    const box = titleBox();
    await user.click(box);
    await user.keyboard('電子カルテ');
    gate.release();
    await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
    expect(screen.getByRole('searchbox')).toBeVisible();
    expect(titleBox()).toBe(box);
    expect(box).toHaveValue('電子カルテ');
    expect(box).toHaveFocus();
    await user.keyboard('停止');
    expect(box).toHaveValue('電子カルテ停止');
  });

  it('says what is missing, in the user’s language, focuses it, and checks it again as it changes', async () => {
    const user = userEvent.setup();
    await renderList('en');
    await user.click(screen.getByRole('button', { name: t('list.start') }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([i18next.t('validation.required', { lng: 'en' }), i18next.t('validation.required', { lng: 'en' })]);
    expect(titleBox()).toHaveFocus();
    expect(titleBox()).toHaveAttribute('aria-invalid', 'true');
    expect(recorderBox()).toHaveAttribute('aria-invalid', 'true');

    await user.type(titleBox(), 'Ransomware');
    expect(titleBox()).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    await user.clear(titleBox());
    expect(screen.getAllByRole('alert')).toHaveLength(2);

    await user.type(titleBox(), 'x'.repeat(201));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain(i18next.t('validation.tooLong', { lng: 'en' }));
    expect(await listIncidents()).toEqual([]);
  });

  it('starts an incident with the trimmed values and opens its first step', async () => {
    const user = userEvent.setup();
    await renderList('ja');
    await user.type(titleBox(), '  不審なメール  ');
    await user.type(recorderBox(), ' 山田 ');
    await user.click(screen.getByRole('button', { name: t('list.start') }));
    await screen.findByRole('heading', { level: 2, name: /【1-1】/ });
    const [row] = await listIncidents();
    expect(row?.ok && [row.incident.title, row.incident.recorder]).toEqual(['不審なメール', '山田']);
  });
});

describe('what is typed before 記録を開始', () => {
  it('is still there when the page is opened again, and gone once the incident is started', async () => {
    const user = userEvent.setup();
    gate.release();
    await renderList('ja');
    await user.type(titleBox(), '閉じる前の件名');
    await user.type(recorderBox(), '田中');
    cleanup();
    await renderList('ja');
    // From IndexedDB, a moment after the form: localStorage would not survive a crash.
    await waitFor(() => expect(titleBox()).toHaveValue('閉じる前の件名'));
    expect(recorderBox()).toHaveValue('田中');
    await user.click(screen.getByRole('button', { name: t('list.start') }));
    await waitFor(() => expect(window.location.hash).toMatch(/steps/));
    await waitFor(async () => expect(await db.drafts.get('createIncident')).toBeUndefined());
    cleanup();
    await renderList('ja');
    await new Promise((resolve) => setTimeout(resolve, 200)); // time for a draft to arrive, were there one
    expect(titleBox()).toHaveValue('');
  });
});

describe('the last 記録者 on this device', () => {
  it('is offered for the next incident, and the one who took over (交代) after that', async () => {
    const user = userEvent.setup();
    gate.release();
    await renderList('ja');
    expect(recorderBox()).toHaveValue('');
    await user.type(titleBox(), '一件目');
    await user.type(recorderBox(), '田中');
    await user.click(screen.getByRole('button', { name: t('list.start') }));
    await waitFor(() => expect(window.location.hash).toMatch(/steps/));
    cleanup();
    await renderList('ja');
    await waitFor(() => expect(recorderBox()).toHaveValue('田中'));
    expect(titleBox()).toHaveValue('');

    const [first] = await listIncidents();
    const { setRecorder } = await import('@/db/save');
    await setRecorder(first!.ok ? first!.incident.id : '', '佐藤');
    cleanup();
    await renderList('ja');
    await waitFor(() => expect(recorderBox()).toHaveValue('佐藤'));
  });

  it('does not replace what the draft of this form says, even an emptied field', async () => {
    const user = userEvent.setup();
    gate.release();
    await renderList('ja');
    await user.type(titleBox(), '一件目');
    await user.type(recorderBox(), '田中');
    await user.click(screen.getByRole('button', { name: t('list.start') }));
    await waitFor(() => expect(window.location.hash).toMatch(/steps/));
    cleanup();
    await renderList('ja');
    await waitFor(() => expect(recorderBox()).toHaveValue('田中'));
    await user.clear(recorderBox());
    cleanup();
    await renderList('ja');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(recorderBox()).toHaveValue('');
  });
});
