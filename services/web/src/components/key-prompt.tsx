import { useEffect, useRef, useState } from 'react';
import { onKeyRequest, type KeyRequest } from '../api/api-key';

/**
 * Asks for the API key when the server first answers 401 (every request waiting gets the answer
 * and is sent again), and again, saying so, when the key typed was refused. Kept for this tab.
 */
export function KeyPrompt() {
  const [request, setRequest] = useState<KeyRequest | null>(null);
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => onKeyRequest(setRequest), []);
  useEffect(() => {
    if (request) input.current?.focus();
  }, [request]);
  if (!request) return null;
  const answer = (key: string | null) => {
    setDraft('');
    request.answer(key);
  };
  return (
    <div className="key-prompt-backdrop">
      <form
        className="key-prompt card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="key-prompt-title"
        onSubmit={(e) => {
          e.preventDefault();
          answer(draft);
        }}
        onKeyDown={(e) => e.key === 'Escape' && answer(null)}
      >
        <h2 id="key-prompt-title">{request.refused ? 'That key was not accepted' : 'This server needs an API key'}</h2>
        <p className="muted">
          {request.refused ? 'Check the key and try again.' : 'Enter the key you were given.'} It is kept for this tab only and sent with every request.
        </p>
        <label htmlFor="key-prompt-input">API key</label>
        <input id="key-prompt-input" ref={input} type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.currentTarget.value)} />
        <div className="key-prompt-actions">
          <button type="button" className="button ghost" onClick={() => answer(null)}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!draft.trim()}>
            Use key
          </button>
        </div>
      </form>
    </div>
  );
}
