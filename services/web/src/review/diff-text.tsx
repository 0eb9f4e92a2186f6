import type { DiffPiece } from './split-diff';

/**
 * One side of a word diff. Deleted words are struck through on A, inserted words underlined on B;
 * the marks carry words for screen readers too, and colour is never the only signal.
 */
export function DiffText({ pieces, emptyLabel }: { pieces: DiffPiece[]; emptyLabel: string }) {
  if (!pieces.length) return <p className="diff-text diff-empty">{emptyLabel}</p>;
  return (
    <p className="diff-text">
      {pieces.map((p, i) =>
        p.kind === 'delete' ? (
          <del key={i} className="diff-del" title="removed in B">
            {p.text}
          </del>
        ) : p.kind === 'insert' ? (
          <ins key={i} className="diff-ins" title="added in B">
            {p.text}
          </ins>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
