interface OptionProps {
  readonly id: string;
  readonly correct?: boolean;
  readonly feedback: string;
  readonly children?: string;
}

/**
 * One answer in a knowledge check, as authors write it. It renders nothing itself: the build reads
 * each option from the lesson into the catalogue, and KnowledgeCheck shows them from there.
 */
export function Option(_props: OptionProps) {
  return null;
}
