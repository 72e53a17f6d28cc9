/** Free text (one line or several) and a person's name: typed words, searched as they are. */
import { long, short } from '@/checklist/rules';
import type { KindModule } from './kind-module';
import { BLANK } from './read-blocks';

const typed = (value: string) => value.trim() !== '';

export const text: KindModule<'text'> = {
  empty: () => '',
  schema: () => long,
  strictSchema: () => long,
  hasValue: (_item, value) => typed(value),
  read: (_item, value) => ({ kind: 'lines', lines: value.split('\n') }),
  blank: () => ({ kind: 'lines', lines: [BLANK, BLANK, BLANK] }),
  searchText: (_item, value) => [value],
};

export const person: KindModule<'person'> = {
  empty: () => '',
  schema: () => short,
  strictSchema: () => short,
  hasValue: (_item, value) => typed(value),
  read: (_item, value) => ({ kind: 'lines', lines: [value] }),
  blank: () => ({ kind: 'lines', lines: [BLANK] }),
  searchText: (_item, value) => [value],
};
