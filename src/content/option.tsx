import type { ReactNode } from 'react';

export interface OptionProps {
  readonly id: string;
  readonly correct?: boolean;
  readonly feedback: string;
  readonly children?: ReactNode;
}

/**
 * One answer in a knowledge check. It renders nothing itself: KnowledgeCheck reads its props,
 * so authors write options as tags and the check controls their layout.
 */
export function Option(_props: OptionProps) {
  return null;
}
