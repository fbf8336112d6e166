import type { Rule } from './check-statement';

/** Every cmi5 rule the LRS enforces on statements from content, in the order they are reported. */
export const CMI5_RULES: readonly Rule[] = [];
