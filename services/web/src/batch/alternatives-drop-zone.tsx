import { useRef, useState } from 'react';
import { checkFile } from '../lib/file-check';
import { useFileDrop } from '../lib/use-file-drop';
import { formatBytes } from '../lib/format';
import { MAX_ALTERNATIVES, addAlternatives, removeAlternative } from './alternative-list';

interface Props {
  files: File[];
  disabled?: boolean;
  onFiles(files: File[]): void;
}

/**
 * The alternatives: a drop zone in the upload page's style that takes many PDFs at once (up to 20),
 * lists them, and refuses non-PDFs and extras with a reason.
 */
export function AlternativesDropZone({ files, disabled, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  const take = async (list: FileList | null) => {
    const picked = list ? [...list] : [];
    if (!picked.length) return;
    const checks = await Promise.all(picked.map((f) => checkFile(f)));
    const good = picked.filter((_, i) => checks[i]!.ok);
    const bad = checks.flatMap((c) => (c.ok ? [] : [c.reason]));
    const { files: next, refused } = addAlternatives(files, good);
    setError([...bad, ...(refused ? [refused] : [])].join(' ') || null);
    onFiles(next);
  };

  const { over, handlers } = useFileDrop((dropped) => void take(dropped), disabled);

  return (
    <section
      className={`drop-zone alternatives-zone${over ? ' is-over' : ''}${files.length ? ' has-file' : ''}${error ? ' has-error' : ''}`}
      aria-labelledby="alternatives-title"
      data-testid="drop-alternatives"
      {...handlers}
    >
      <header className="drop-head">
        <span className="doc-letter" aria-hidden="true">
          {files.length || '+'}
        </span>
        <div>
          <h2 id="alternatives-title">Alternatives</h2>
          <p className="muted">The quotes to rank against the base: up to {MAX_ALTERNATIVES} PDFs</p>
        </div>
      </header>
      <div className="drop-body">
        {files.length > 0 && (
          <ol className="alternatives-list">
            {files.map((f, i) => (
              <li key={`${f.name}-${f.size}-${f.lastModified}`} className="file-chip">
                <div className="file-meta">
                  <span className="file-name" title={f.name}>
                    {f.name}
                  </span>
                  <span className="muted">{formatBytes(f.size)} · PDF</span>
                </div>
                <button type="button" className="button ghost" disabled={disabled} onClick={() => (setError(null), onFiles(removeAlternative(files, i)))} aria-label={`Remove ${f.name}`}>
                  Remove
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="drop-prompt">
          <p>
            <strong>Drag PDFs here</strong>
            <span className="muted"> or </span>
          </p>
          <button type="button" className="button" disabled={disabled || files.length >= MAX_ALTERNATIVES} onClick={() => input.current?.click()}>
            Choose files…
          </button>
        </div>
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          multiple
          accept="application/pdf,.pdf"
          tabIndex={-1}
          aria-label="Choose the alternative PDFs"
          data-testid="file-alternatives"
          onChange={(e) => {
            void take(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <p className="field-error" role={error ? 'alert' : undefined} aria-live="polite">
        {error ?? ''}
      </p>
    </section>
  );
}
