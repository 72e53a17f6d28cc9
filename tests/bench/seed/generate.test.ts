/** The scale benchmark's data must be what the app accepts and finds. */
import { allItems } from '@/checklist/lookup';
import { incidentText } from '@/db/search';
import { checkTransferData } from '@/db/transfer';
import { generateIncidents, NEEDLE } from './generate';

describe('benchmark incident generator', () => {
  it('writes valid incidents with every item answered and a 20-entry log', () => {
    const data = generateIncidents(NEEDLE.index - 1, 3);
    const checked = checkTransferData(data);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    expect(data.incidents).toHaveLength(3);
    for (const row of data.incidents) {
      expect(Object.keys(row.answers).sort()).toEqual(allItems().map((item) => item.id).sort());
      expect(data.activity.filter((e) => e.incidentId === row.id)).toHaveLength(20);
    }
  });

  it('puts the needle word in exactly one incident', () => {
    const data = generateIncidents(NEEDLE.index - 1, 3);
    const hits = data.incidents.filter((row) => incidentText(row).includes(NEEDLE.word));
    expect(hits.map((row) => row.id)).toEqual([data.incidents[1]!.id]);
  });

  it('is the same in every run', () => {
    expect(generateIncidents(42, 1)).toEqual(generateIncidents(42, 1));
  });
});
