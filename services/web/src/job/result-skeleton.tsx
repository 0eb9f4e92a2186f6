/** Holds the overview's shape while the result loads, so nothing jumps when it arrives. */
export function ResultSkeleton() {
  return (
    <div className="skeleton" aria-busy="true" aria-label="Loading the result">
      <div className="card sk-block" style={{ height: 150 }} />
      <div className="card-row">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="card sk-block" style={{ height: 92 }} />
        ))}
      </div>
      <div className="card sk-block" style={{ height: 260 }} />
    </div>
  );
}
