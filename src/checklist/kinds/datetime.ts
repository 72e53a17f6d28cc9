/** A date and time (Japan time on screen, stored as UTC toISOString); not searched. */
import { isoOrEmpty, strictIsoOrEmpty } from '@/checklist/rules';
import type { KindModule } from './kind-module';
import { BLANK, dateText } from './read-blocks';

export const datetime: KindModule<'datetime'> = {
  empty: () => '',
  schema: () => isoOrEmpty,
  strictSchema: () => strictIsoOrEmpty,
  hasValue: (_item, value) => value.trim() !== '',
  read: (_item, value, ctx) => ({ kind: 'lines', lines: [dateText(value, ctx)] }),
  blank: () => ({ kind: 'lines', lines: [BLANK] }),
  searchText: () => [],
};
