import { useEffect } from 'react';

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * j / ↓ next, k / ↑ previous, / focuses the search, s opens the source view: on the whole page,
 * except while typing in a field.
 */
export function useListKeys(handlers: { next(): void; prev(): void; search?(): void; source?(): void }): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (e.key === 'j' || e.key === 'ArrowDown') handlers.next();
      else if (e.key === 'k' || e.key === 'ArrowUp') handlers.prev();
      else if (e.key === '/' && handlers.search) handlers.search();
      else if (e.key === 's' && handlers.source) handlers.source();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handlers]);
}
