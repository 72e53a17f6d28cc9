import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { PrintButtons } from '@/features/record/print-buttons';
import { recordLabels } from '@/features/record/record-labels';
import type { RecordDoc } from '@/features/record/record-model';
import { initI18n } from '@/i18n';

const { savePdf, flushAll } = vi.hoisted(() => ({
  savePdf: vi.fn<(doc: RecordDoc, fileName: string) => Promise<void>>(),
  flushAll: vi.fn<() => Promise<void>>(),
}));
vi.mock('@/features/record/pdf/save-pdf', () => ({ savePdf: (doc: RecordDoc, fileName: string) => savePdf(doc, fileName) }));
vi.mock('@/saving/pending-saves', () => ({ flushAll: () => flushAll() }));

const doc = (blank = false): RecordDoc => ({
  blank,
  title: blank ? '' : '電子カルテ停止',
  detectedAt: blank ? undefined : '2026-11-25T16:30:00.000Z',
  hospital: '',
  facts: [],
  labels: recordLabels(i18next.t, blank, 'ja'),
  phases: [],
  activity: [],
});

beforeEach(async () => {
  initI18n('ja');
  await i18next.changeLanguage('ja');
  savePdf.mockReset();
  flushAll.mockReset().mockResolvedValue();
});
afterEach(() => cleanup());

describe('PDF保存', () => {
  it('writes pending answers first, says it is working, then names the file after the date and title', async () => {
    const order: string[] = [];
    flushAll.mockImplementation(async () => {
      order.push('flush');
    });
    let finish!: () => void;
    savePdf.mockImplementation(() => {
      order.push('save');
      return new Promise<void>((resolve) => (finish = resolve));
    });
    render(<PrintButtons doc={doc()} incidentId="x" />);
    const button = screen.getByRole('button', { name: 'PDF保存' });
    await userEvent.click(button);
    expect(await screen.findByText('PDFを作成中…')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('PDFを作成中…');
    await userEvent.click(button); // a second press while working does nothing
    expect(order).toEqual(['flush', 'save']);
    expect(savePdf).toHaveBeenCalledTimes(1);
    expect(savePdf.mock.calls[0]![1]).toBe('2026-11-26_電子カルテ停止.pdf');
    finish();
    expect(await screen.findByText('PDFを保存しました：2026-11-26_電子カルテ停止.pdf')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so, in the page’s language, when the PDF cannot be made', async () => {
    await i18next.changeLanguage('en');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    savePdf.mockRejectedValue(new Error('font fetch failed'));
    render(<PrintButtons doc={doc()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save PDF' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not create the PDF. Please try again.');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('gives the blank checklist its own file name', async () => {
    savePdf.mockResolvedValue();
    render(<PrintButtons doc={doc(true)} />);
    await userEvent.click(screen.getByRole('button', { name: 'PDF保存' }));
    await screen.findByText(/PDFを保存しました/);
    expect(savePdf.mock.calls[0]![1]).toBe('インシデントチェックリスト_記入用.pdf');
    expect(screen.getByRole('button', { name: '印刷' })).toBeVisible();
  });
});
