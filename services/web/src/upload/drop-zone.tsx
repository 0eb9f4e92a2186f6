import { useId, useRef, useState } from 'react';
import { checkFile } from '../lib/file-check';
import { useFileDrop } from '../lib/use-file-drop';
import { formatBytes } from '../lib/format';

interface Props {
  side: 'A' | 'B';
  title: string;
  hint: string;
  file: File | null;
  disabled?: boolean;
  onFile(file: File | null): void;
}

/**
 * One labelled drop zone: drag a PDF onto it or pick one; it shows the name and size and can be
 * cleared on its own. Files that are not PDFs or are too large are refused here, before upload.
 */
export function DropZone({ side, title, hint, file, disabled, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const take = async (files: FileList | null) => {
    const list = files ? [...files] : [];
    if (!list.length) return;
    if (list.length > 1) {
      setError(`Drop one file here (you dropped ${list.length}). Document ${side === 'A' ? 'B' : 'A'} has its own box.`);
      return;
    }
    const f = list[0]!;
    const check = await checkFile(f);
    if (!check.ok) {
      setError(check.reason);
      return;
    }
    setError(null);
    onFile(f);
  };

  const { over, handlers } = useFileDrop((dropped) => void take(dropped), disabled);

  return (
    <section
      className={`drop-zone${over ? ' is-over' : ''}${file ? ' has-file' : ''}${error ? ' has-error' : ''}`}
      aria-labelledby={`${id}-title`}
      data-testid={`drop-${side.toLowerCase()}`}
      {...handlers}
    >
      <header className="drop-head">
        <span className="doc-letter" aria-hidden="true">
          {side}
        </span>
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          <p className="muted">{hint}</p>
        </div>
      </header>
      <div className="drop-body">
        {file ? (
          <div className="file-chip">
            <svg className="file-icon" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M6 2h8l5 5v15H6z" fill="#fff" stroke="currentColor" strokeWidth="1.5" />
              <path d="M14 2v5h5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            </svg>
            <div className="file-meta">
              <span className="file-name" title={file.name}>
                {file.name}
              </span>
              <span className="muted">{formatBytes(file.size)} · PDF</span>
            </div>
            <button type="button" className="button ghost" disabled={disabled} onClick={() => (setError(null), onFile(null))} aria-label={`Remove ${file.name} from document ${side}`}>
              Clear
            </button>
          </div>
        ) : (
          <div className="drop-prompt">
            <p>
              <strong>Drag a PDF here</strong>
              <span className="muted"> or </span>
            </p>
            <button type="button" className="button" disabled={disabled} onClick={() => input.current?.click()}>
              Choose file…
            </button>
          </div>
        )}
        <input
          ref={input}
          id={`${id}-input`}
          className="visually-hidden"
          type="file"
          accept="application/pdf,.pdf"
          tabIndex={-1}
          aria-label={`Choose the PDF for document ${side}`}
          data-testid={`file-${side.toLowerCase()}`}
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
