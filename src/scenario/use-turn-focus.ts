import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves keyboard and screen-reader focus to the newest part of the conversation whenever the
 * turn changes. Returns a ref callback for that element. The first turn is focused only when
 * asked, so an embedded role-play does not pull focus away from the lesson on page load.
 */
export function useTurnFocus(turn: string, focusFirstTurn: boolean): (element: HTMLElement | null) => void {
  const node = useRef<HTMLElement | null>(null);
  const firstTurn = useRef(turn);
  useEffect(() => {
    if (turn === firstTurn.current && !focusFirstTurn) return;
    node.current?.focus();
  }, [turn, focusFirstTurn]);
  return useCallback((element: HTMLElement | null) => {
    node.current = element;
  }, []);
}
