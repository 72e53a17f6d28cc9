import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { allReferenceKeys, referenceKeys } from '@/checklist/reference';
import { loadReferenceWording } from '@/i18n';
import { goToStep, renderApp, resetDb, t } from '../render-app';
import { manualPhrases } from './manual-phrases';

beforeEach(async () => {
  await resetDb();
});
afterEach(() => cleanup());

const mainText = () => document.getElementById('main')!.textContent ?? '';

describe('the reference pages (参考)', () => {
  it('have every key in Japanese and in English', async () => {
    await Promise.all([loadReferenceWording('ja'), loadReferenceWording('en')]);
    const keys = allReferenceKeys();
    expect(keys.length).toBeGreaterThan(100);
    for (const lng of ['ja', 'en']) {
      const missing = keys.filter((key) => !i18next.exists(key, { lng }) || i18next.t(key, { lng }) === '');
      expect(missing, lng).toEqual([]);
    }
  });

  it("show the manual's 13 key phrases word for word on #/reference", async () => {
    await renderApp('#/reference');
    await screen.findByRole('heading', { level: 2, name: t(referenceKeys.heading) });
    const text = mainText();
    const absent = manualPhrases.flatMap((group) => group.texts.filter((s) => !text.includes(s)).map((s) => `${group.name}: ${s}`));
    expect(absent).toEqual([]);
    // The figures are tables a screen reader can walk: the role diagram's arrows, with their labels.
    const arrows = screen.getByRole('table', { name: t('reference.pages.roles.arrows.caption') });
    expect(within(arrows).getByRole('row', { name: /関係機関.*システム管理者.*連絡・指導/ })).toBeInTheDocument();
    const triggers = screen.getByRole('columnheader', { name: '個人の権利利益を害するおそれが大きいもの' }).closest('table')!;
    expect(within(triggers).getAllByRole('row')).toHaveLength(5);
  });

  it('are in English too, with the same addresses', async () => {
    await renderApp('#/reference', 'en');
    await screen.findByRole('heading', { level: 2, name: t(referenceKeys.heading) });
    const text = mainText();
    expect(text).toContain('Red frame: the system administrator');
    expect(text).toContain('https://www.ppc.go.jp/personalinfo/legal/leakAction/');
    expect(text).not.toContain('赤枠：');
    await i18next.changeLanguage('ja');
  });

  it('are linked from 【2-10】, 【2-13】 and 【2-18】, and the link opens its section', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    await renderApp('#/');
    await user.type(screen.getByRole('textbox', { name: t('incident.title') }), '漏えいの疑い');
    await user.type(screen.getByRole('textbox', { name: t('recorder.label') }), '山田');
    await user.click(screen.getByRole('button', { name: t('list.start') }));
    await screen.findByRole('heading', { level: 2, name: /【1-1】/ });
    expect(screen.queryByRole('navigation', { name: t(referenceKeys.stepLinks) })).toBeNull();

    for (const [code, label] of [
      ['2-13', '参考：個人情報保護法の報告義務'],
      ['2-18', '参考：関連機関への報告（IPAの届出制度）'],
      ['2-10', '参考：個人情報保護法の報告義務'],
    ] as const) {
      await goToStep(user, code);
      const links = await screen.findByRole('navigation', { name: t(referenceKeys.stepLinks) });
      expect(within(links).getByRole('link', { name: label })).toBeInTheDocument();
    }
    const links = screen.getByRole('navigation', { name: t(referenceKeys.stepLinks) });
    expect(within(links).getByRole('link', { name: '参考：漏えい・滅失・毀損とは' })).toHaveAttribute('href', '#/reference/breach');
    await user.click(within(links).getByRole('link', { name: '参考：個人情報保護法の報告義務' }));
    await screen.findByRole('heading', { level: 2, name: t(referenceKeys.heading) }, { timeout: 5000 });
    await waitFor(() => expect(document.activeElement?.id).toBe('reference-ppcDuty-title'));
    expect(document.activeElement).toHaveTextContent('【参考】個人情報保護法における報告義務等');
  });

  it("show each phase's key actions on its steps", { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    await renderApp('#/');
    await user.type(screen.getByRole('textbox', { name: t('incident.title') }), '暗号化');
    await user.type(screen.getByRole('textbox', { name: t('recorder.label') }), '山田');
    await user.click(screen.getByRole('button', { name: t('list.start') }));
    await screen.findByRole('heading', { level: 2, name: /【1-1】/ });
    const actions = () => within(screen.getByRole('list', { name: t('wizard.phaseActions') })).getAllByRole('listitem').map((li) => li.textContent);
    expect(actions()).toEqual(['✓異常等の検知', '✓端末の隔離', '✓連絡']);
    await goToStep(user, '3-3');
    expect(actions()).toEqual(['✓復旧指示', '✓復旧対応（※バックアップからの復元）']);
  });

  it('are printed after the blank checklist as its appendix', async () => {
    await renderApp('#/blank');
    const appendix = await screen.findByRole('region', { name: t(referenceKeys.appendix) }, { timeout: 5000 });
    const text = appendix.textContent ?? '';
    const absent = manualPhrases.flatMap((group) => group.texts.filter((s) => !text.includes(s)));
    expect(absent).toEqual([]);
  });

  it('say so for an unknown page', async () => {
    await renderApp('#/reference/nothing');
    expect(await screen.findByRole('heading', { name: t('nav.notFound') })).toBeInTheDocument();
  });
});
