import { Dexie } from 'dexie';
import { db, DB_NAME, onUpgradeElsewhere, STORES } from '@/db/db';
import { createIncident } from '@/db/incidents';

describe('onUpgradeElsewhere', () => {
  it('lets pending work finish before a newer tab upgrades the database, then closes', async () => {
    await createIncident({ title: '旧タブ', detectedAt: new Date().toISOString(), recorder: 'A' });
    const order: string[] = [];
    onUpgradeElsewhere(async () => {
      order.push('flush started');
      // Writing still works here: the older connection is not closed yet.
      const all = await db.incidents.count();
      order.push(`flushed ${all}`);
    });
    const newer = new Dexie(DB_NAME);
    newer.version(db.verno + 1).stores(STORES[3]);
    await newer.open();
    order.push('newer opened');
    expect(order).toEqual(['flush started', 'flushed 1', 'newer opened']);
    expect(db.isOpen()).toBe(false);
    newer.close();
  });
});
