import { useState } from 'react';
import { errorMessage } from '../api/api-error';
import { ErrorNote } from '../components/error-note';
import { navigate } from '../lib/route';
import { DropZone } from '../upload/drop-zone';
import { AlternativesDropZone } from './alternatives-drop-zone';
import { submitBatch } from './batch-api';
import { batchHref } from './batch-route';
import './batch.css';

/** The broker's market comparison, step one: the base policy and the alternatives to rank against it. */
export function BatchUploadPage() {
  const [base, setBase] = useState<File | null>(null);
  const [alternatives, setAlternatives] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!base || !alternatives.length) return;
    setBusy(true);
    setError(null);
    try {
      const accepted = await submitBatch(base, alternatives);
      navigate(batchHref(accepted.batch_id));
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  const ready = !!base && alternatives.length > 0 && !busy;
  return (
    <div className="page upload-page batch-upload-page">
      <div className="page-intro">
        <h1>Market comparison</h1>
        <p className="muted">
          Add the client's current policy as the base and the quotes on offer as alternatives. Each alternative is compared with the base
          (which is analysed once) and ranked by how much cover it adds or removes.
        </p>
      </div>
      <div className="drop-grid">
        <DropZone side="A" title="Base policy" hint="The wording every alternative is measured against" file={base} disabled={busy} onFile={setBase} />
        <AlternativesDropZone files={alternatives} disabled={busy} onFiles={setAlternatives} />
      </div>
      <div className="upload-actions">
        <button type="button" className="button primary large" disabled={!ready} onClick={() => void submit()}>
          {busy ? 'Uploading…' : `Compare ${alternatives.length || ''} ${alternatives.length === 1 ? 'alternative' : 'alternatives'}`.replace('  ', ' ')}
        </button>
        <span className="muted" aria-live="polite">
          {!base ? 'Add the base policy.' : !alternatives.length ? 'Add at least one alternative.' : 'Ready to compare.'}
        </span>
      </div>
      {error && <ErrorNote title="The batch could not be started" message={error} />}
    </div>
  );
}
