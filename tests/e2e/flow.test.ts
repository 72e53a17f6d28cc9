/**
 * The whole four-phase flow as the system administrator goes through it, in
 * Japanese and in English: every kind of input, 対象外, completing and
 * reopening, closing the window, and finding the incident again by a word
 * typed in an answer.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  createIncident,
  expectValue,
  fillItem,
  goToStep,
  itemFrame,
  itemLabel,
  listHeading,
  openApp,
  optionHint,
  optionLabel,
  startSuite,
  stepHeading,
  stepUrl,
  t,
  textItem,
  waitForSaved,
  waitForStored,
  type Lang,
  type Suite,
} from './harness';

interface Script {
  decoyTitle: string;
  title: string;
  recorder: string;
  description: string;
  careImpact: string;
  /** A word that appears only in careImpact, to search for. */
  searchWord: string;
  logStoredWhere: string;
  naReason: string;
  recovery: string;
  prevention: string;
}

const scripts: Record<Lang, Script> = {
  ja: {
    decoyTitle: '別件：プリンタの紙詰まり',
    title: '電子カルテが閲覧できない（ランサムウェアの疑い）',
    recorder: '情報システム課 山田',
    description: '電子カルテ端末に脅迫文が表示され、ファイルが開けない',
    careImpact: '外来は紙カルテで継続。検査部門の受付を停止（ひまわり病棟）',
    searchWord: 'ひまわり',
    logStoredWhere: '外付けディスク（施錠保管）',
    naReason: 'スタンドアロン端末のため',
    recovery: 'オフラインバックアップから電子カルテサーバを復元した',
    prevention: 'VPN機器の脆弱性対応を保守契約に含める',
  },
  en: {
    decoyTitle: 'Unrelated: printer paper jam',
    title: 'EHR cannot be opened (suspected ransomware)',
    recorder: 'IT office, Yamada',
    description: 'A ransom note is shown on an EHR terminal and files cannot be opened',
    careImpact: 'Outpatients continue on paper charts; the lab reception is closed (sunflower ward)',
    searchWord: 'sunflower',
    logStoredWhere: 'External disk, locked cabinet',
    naReason: 'A stand-alone PC',
    recovery: 'Restored the EHR server from the offline backup',
    prevention: 'Include VPN appliance vulnerability handling in the maintenance contract',
  },
};

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});

afterAll(async () => {
  await suite?.close();
});

/** On a step page, the 「← インシデント一覧へ」 link. */
async function backToList(page: Page, lang: Lang) {
  await page.getByRole('link', { name: t(lang, 'nav.backToList') }).click();
  await listHeading(page, lang).waitFor();
}

const logRow = (page: Page, lang: Lang) =>
  page
    .getByRole('group', { name: itemLabel(lang, 'logSources'), exact: true })
    .getByRole('group', { name: t(lang, 'checklist.items.logSources.presets.vpn'), exact: true });

async function checkEverything(page: Page, lang: Lang, s: Script) {
  // 1-1: the case with its judgement hint, free text, 対象外 with its reason.
  await stepHeading(page, '1-1').waitFor();
  const cases = page.getByRole('group', { name: itemLabel(lang, 'incidentCases'), exact: true });
  const encrypted = cases.getByRole('checkbox', { name: optionLabel(lang, 'incidentCases', 'encrypted'), exact: true });
  await expect.poll(() => encrypted.isChecked()).toBe(true);
  await page.getByText(optionHint(lang, 'incidentCases', 'encrypted'), { exact: true }).waitFor();
  await expectValue(textItem(page, lang, 'incidentDescription'), s.description);
  await itemFrame(page, 'networks').getByText(`${t(lang, 'na.reason')}: ${s.naReason}`).waitFor();

  // 1-4: the action tick, with when and by whom.
  await goToStep(page, lang, '1-4');
  const tick = page.getByRole('checkbox', { name: itemLabel(lang, 'lanDisconnected'), exact: true });
  await expect.poll(() => tick.isChecked()).toBe(true);
  const action = itemFrame(page, 'lanDisconnected');
  await expectValue(action.getByRole('textbox', { name: t(lang, 'action.by'), exact: true }), s.recorder);
  expect(await action.getByLabel(t(lang, 'action.occurredAt'), { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

  // 2-10: yes / no / unknown, and free text.
  await goToStep(page, lang, '2-10');
  const leak = page.getByRole('radiogroup', { name: itemLabel(lang, 'leakPossible'), exact: true });
  await expect.poll(() => leak.getByRole('radio', { name: t(lang, 'triState.unknown'), exact: true }).isChecked()).toBe(true);
  await expectValue(textItem(page, lang, 'careImpact'), s.careImpact);

  // 2-14: a table cell and a yes/no cell.
  await goToStep(page, lang, '2-14');
  await expectValue(logRow(page, lang).getByRole('textbox', { name: t(lang, 'checklist.items.logSources.columns.storedWhere'), exact: true }), s.logStoredWhere);
  const exists = logRow(page, lang).getByRole('radiogroup', { name: t(lang, 'checklist.items.logSources.columns.exists'), exact: true });
  await expect.poll(() => exists.getByRole('radio', { name: t(lang, 'triState.yes'), exact: true }).isChecked()).toBe(true);

  await goToStep(page, lang, '3-3');
  await expectValue(textItem(page, lang, 'recoveryActions'), s.recovery);
  await goToStep(page, lang, '4-5');
  await expectValue(textItem(page, lang, 'preventionMeasures'), s.prevention);
}

describe.each(['ja', 'en'] as const)('the four-phase flow (%s)', (lang) => {
  const s = scripts[lang];
  let context: BrowserContext;

  beforeAll(async () => {
    context = await suite.newContext();
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
  });

  it('records every kind of answer, completes and reopens, and keeps it all', { timeout: 180_000 }, async () => {
    const page = await context.newPage();
    await openApp(page, suite.server.origin);
    await listHeading(page, 'ja').waitFor();
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await listHeading(page, 'en').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    }

    // Another incident first, so that the search has something to leave out.
    await createIncident(page, lang, { title: s.decoyTitle, recorder: s.recorder });
    await backToList(page, lang);
    const id = await createIncident(page, lang, { title: s.title, recorder: s.recorder });

    // 【1-1】 the encrypted-files case shows its judgement hint.
    const hint = page.getByText(optionHint(lang, 'incidentCases', 'encrypted'), { exact: true });
    expect(await hint.count()).toBe(0);
    const cases = page.getByRole('group', { name: itemLabel(lang, 'incidentCases'), exact: true });
    await cases.getByRole('checkbox', { name: optionLabel(lang, 'incidentCases', 'encrypted'), exact: true }).check();
    await hint.waitFor();
    await fillItem(page, lang, 'incidentDescription', s.description);

    // 対象外 with a reason on 発生ネットワーク.
    const networks = itemFrame(page, 'networks');
    await networks.getByRole('button', { name: t(lang, 'na.mark'), exact: true }).click();
    await networks.getByRole('textbox', { name: t(lang, 'na.reasonPrompt'), exact: true }).fill(s.naReason);
    await networks.getByRole('button', { name: t(lang, 'na.confirm'), exact: true }).click();
    await networks.getByText(`${t(lang, 'na.reason')}: ${s.naReason}`).waitFor();
    await networks.getByText(t(lang, 'item.status.na'), { exact: true }).first().waitFor();
    await waitForStored(page, id, 'incidentDescription', s.description);

    // 【1-4】 an action tick shows when and by whom.
    await goToStep(page, lang, '1-4');
    const action = itemFrame(page, 'lanDisconnected');
    expect(await action.getByText(t(lang, 'action.occurredAt'), { exact: true }).count()).toBe(0);
    await page.getByRole('checkbox', { name: itemLabel(lang, 'lanDisconnected'), exact: true }).check();
    await action.getByText(t(lang, 'action.occurredAt'), { exact: true }).first().waitFor();
    await expectValue(action.getByRole('textbox', { name: t(lang, 'action.by'), exact: true }), s.recorder);

    // 【2-10】 yes / no / unknown and free text.
    await goToStep(page, lang, '2-10');
    const leak = page.getByRole('radiogroup', { name: itemLabel(lang, 'leakPossible'), exact: true });
    await leak.getByRole('radio', { name: t(lang, 'triState.unknown'), exact: true }).check();
    await fillItem(page, lang, 'careImpact', s.careImpact);

    // 【2-14】 a cell of the log table.
    await goToStep(page, lang, '2-14');
    const row = logRow(page, lang);
    await row
      .getByRole('radiogroup', { name: t(lang, 'checklist.items.logSources.columns.exists'), exact: true })
      .getByRole('radio', { name: t(lang, 'triState.yes'), exact: true })
      .check();
    await row.getByRole('textbox', { name: t(lang, 'checklist.items.logSources.columns.storedWhere'), exact: true }).fill(s.logStoredWhere);

    // 【3-3】 and 【4-5】 free text.
    await goToStep(page, lang, '3-3');
    await fillItem(page, lang, 'recoveryActions', s.recovery);
    await goToStep(page, lang, '4-5');
    await fillItem(page, lang, 'preventionMeasures', s.prevention);
    await waitForStored(page, id, 'preventionMeasures', s.prevention);
    await waitForSaved(page, lang);

    // 完了にする → read-only, 再開して編集する → editable again.
    await page.getByRole('button', { name: t(lang, 'incident.complete'), exact: true }).click();
    await page.getByRole('button', { name: t(lang, 'completeConfirm.confirm'), exact: true }).click(); // items are open: asked first
    await page.getByRole('note').getByText(t(lang, 'incident.readOnly'), { exact: true }).waitFor();
    await expect.poll(() => textItem(page, lang, 'preventionMeasures').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: t(lang, 'incident.complete'), exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: t(lang, 'incident.reopen'), exact: true }).click();
    await expect.poll(() => textItem(page, lang, 'preventionMeasures').isEnabled()).toBe(true);
    expect(await page.getByText(t(lang, 'incident.readOnly'), { exact: true }).count()).toBe(0);
    await expectValue(textItem(page, lang, 'preventionMeasures'), s.prevention);

    // Close the window; open the app again in the same browser profile.
    await page.close();
    const again = await context.newPage();
    await again.goto(stepUrl(suite.server.origin, id, '1-1'), { waitUntil: 'domcontentloaded' });
    await again.getByRole('heading', { level: 1, name: s.title, exact: true }).waitFor();
    await checkEverything(again, lang, s);

    // The list finds the incident by a word typed in an answer, and only it.
    await backToList(again, lang);
    const mainCard = again.getByRole('link', { name: s.title, exact: true });
    const decoyCard = again.getByRole('link', { name: s.decoyTitle, exact: true });
    await mainCard.waitFor();
    await decoyCard.waitFor();
    await again.getByRole('searchbox').fill(s.searchWord);
    await decoyCard.waitFor({ state: 'detached' });
    await mainCard.waitFor();
    expect(await again.getByRole('article').count()).toBe(1);
  });
});
