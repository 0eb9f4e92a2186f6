import { useState } from 'react';
import { errorMessage } from '../api/api-error';
import { submitComparison } from '../api/client';
import { ErrorNote } from '../components/error-note';
import { MAX_UPLOAD_BYTES } from '../lib/file-check';
import { formatBytes } from '../lib/format';
import { jobHref, navigate } from '../lib/route';
import { DropZone } from './drop-zone';

/** Step one: the two policies. */
export function UploadPage() {
  const [fileA, setFileA] = useState<File | null>(null);
  const [fileB, setFileB] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!fileA || !fileB) return;
    setBusy(true);
    setError(null);
    try {
      const accepted = await submitComparison(fileA, fileB);
      navigate(jobHref(accepted.job_id));
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  const ready = !!fileA && !!fileB && !busy;
  return (
    <div className="page upload-page">
      <div className="page-intro">
        <h1>Compare two policy wordings</h1>
        <p className="muted">
          Add the expiring policy and the renewal (or an alternative quote). policydiff aligns their clauses, types every
          difference and cites the page and clause on both sides. PDF only, up to {formatBytes(MAX_UPLOAD_BYTES)} each.
        </p>
      </div>
      <div className="drop-grid">
        <DropZone side="A" title="Expiring / current policy" hint="The wording the client has today" file={fileA} disabled={busy} onFile={setFileA} />
        <DropZone side="B" title="Renewal / alternative" hint="The wording offered instead" file={fileB} disabled={busy} onFile={setFileB} />
      </div>
      <div className="upload-actions">
        <button type="button" className="button primary large" disabled={!ready} onClick={() => void submit()}>
          {busy ? 'Uploading…' : 'Compare policies'}
        </button>
        <span className="muted" aria-live="polite">
          {!fileA && !fileB ? 'Add both PDFs to start.' : !fileA ? 'Add document A.' : !fileB ? 'Add document B.' : 'Ready to compare.'}
        </span>
      </div>
      {error && <ErrorNote title="The comparison could not be started" message={error} />}
    </div>
  );
}
