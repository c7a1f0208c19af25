// Fieldless std enums programs name in paths and patterns (`Ordering::Less`), resolved when the program
// defines no enum of that name. Variant order is the declaration order (it decides derive(PartialOrd)).
import type { VariantDef } from '../semantics/program.ts';

const STD_ENUMS: Record<string, string[]> = {
  Ordering: ['Less', 'Equal', 'Greater'],
};

export function stdVariant(enumName: string, variant: string): VariantDef | undefined {
  const vs = STD_ENUMS[enumName];
  const index = vs ? vs.indexOf(variant) : -1;
  if (index < 0) return undefined;
  return { enumName, name: variant, index, fieldNames: [], fieldTys: [], shape: 'Unit' };
}
