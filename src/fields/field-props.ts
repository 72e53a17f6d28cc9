import type { Item, ItemKind } from '@/checklist/types';

/** Props every field editor receives; the value lives in the step's form under item.id. */
export type EditProps<K extends ItemKind = ItemKind> = {
  item: Extract<Item, { kind: K }>;
  /** Id of the element naming the field (the frame's label). */
  labelId: string;
  disabled: boolean;
  recorder: string;
};
