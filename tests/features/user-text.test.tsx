/**
 * Everything a person typed is shown bidi-isolated (a <bdi>, or wrapped in
 * U+2068 … U+2069 where it shares a string with the app's words), on the
 * list, in the wizard and on the record. The browser test
 * (tests/e2e/bidi.test.ts) checks what that does to the order on screen.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { createIncident } from '@/db/incidents';
import { saveAnswers, setNotApplicable } from '@/db/save';
import { renderApp, resetDb, t } from '../render-app';

beforeEach(async () => {
  await resetDb();
});
afterEach(() => cleanup());

const RLO = '\u202e';
const typed = {
  title: `${RLO}逆向きの件名`,
  recorder: `${RLO}山田`,
  answer: `${RLO}端末に脅迫文`,
  reason: `${RLO}対象外の理由`,
  cell: `${RLO}evil`,
  stored: `${RLO}USB`,
  by: `${RLO}鈴木`,
};

async function incidentWithTypedText() {
  const row = await createIncident({ title: typed.title, detectedAt: '2026-11-26T01:00:00.000Z', recorder: typed.recorder });
  await saveAnswers(
    row.id,
    [
      { itemId: 'incidentDescription', value: typed.answer },
      { itemId: 'lanDisconnected', value: { done: true, occurredAt: '2026-11-26T01:05:00.000Z', by: typed.by } },
      {
        itemId: 'logSources',
        value: [
          { preset: 'vpn', cells: { source: typed.cell, storedWhere: typed.stored } },
          { preset: 'firewall', cells: {} },
        ],
      },
    ],
    typed.recorder,
  );
  await setNotApplicable(row.id, 'networks', typed.reason, typed.recorder);
  return row.id;
}

/** Every place `text` is shown in `root`: each one inside a <bdi>, or between isolate marks in its string. */
function expectIsolatedEverywhere(root: ParentNode, text: string) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (!data.includes(text)) continue;
    seen++;
    // A textarea's text is its own, as an input's value: it cannot reorder the labels around it.
    if (node.parentElement?.tagName === 'TEXTAREA') continue;
    const inBdi = node.parentElement?.closest('bdi') != null;
    expect(inBdi || data.includes(`\u2068${text}\u2069`), `「${data}」 in <${node.parentElement?.tagName.toLowerCase()}>`).toBe(true);
  }
  expect(seen, `${JSON.stringify(text)} is shown`).toBeGreaterThan(0);
  return seen;
}

describe('user text is bidi-isolated', () => {
  it('in the list', async () => {
    await incidentWithTypedText();
    await renderApp('#/');
    const list = screen.getByRole('region', { name: t('list.heading') });
    await within(list).findByRole('article');
    expectIsolatedEverywhere(list, typed.title);
  });

  it('in the wizard: title, table row names, and 「…」の行を削除', async () => {
    const id = await incidentWithTypedText();
    await renderApp(`#/incidents/${id}/steps/2-14`);
    await screen.findByRole('heading', { level: 1 });
    expectIsolatedEverywhere(document.body, typed.title);
    expectIsolatedEverywhere(document.body, typed.cell);
    // The button's accessible name keeps the row's name apart from 「」の行を削除 too.
    expect(screen.getByRole('button', { name: t('table.remove', { name: `\u2068${typed.cell}\u2069` }) })).toBeVisible();
  });

  it('on the record: title, facts, answers, table cells, 対象外 reason, who and when, every line of the log', async () => {
    const id = await incidentWithTypedText();
    await renderApp(`#/incidents/${id}/record`);
    await screen.findByRole('heading', { level: 1 });
    const record = document.querySelector('.record')!;
    expect(expectIsolatedEverywhere(record, typed.title)).toBe(2); // the heading and the log's first line
    for (const text of Object.values(typed)) expectIsolatedEverywhere(record, text);
  });
});
