import type { ComparisonResult } from '@policydiff/contracts';
import { useEffect, useRef, useState } from 'react';
import { changesCsv } from './changes-csv';
import { downloadText, exportBaseName } from './download';
import { reportHtml } from './report-html';

/** JSON (the result as is), CSV of the changes, and the printable report. */
export function ExportMenu({ result }: { result: ComparisonResult }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const base = exportBaseName(result.documents.a.file_name, result.documents.b.file_name);

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const items = [
    { key: 'csv', label: 'Changes (CSV)', hint: 'One row per change, for a spreadsheet', run: () => downloadText(`${base}-changes.csv`, `\ufeff${changesCsv(result)}`, 'text/csv;charset=utf-8') },
    { key: 'report', label: 'Printable report (HTML)', hint: 'Open and print to PDF for the client', run: () => openReport(result, `${base}-report.html`) },
    { key: 'json', label: 'Full result (JSON)', hint: 'Everything, for other tools', run: () => downloadText(`${base}.json`, JSON.stringify(result, null, 2), 'application/json') },
  ];

  return (
    <div className="export-menu" ref={box}>
      <button type="button" className="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open && (
        <ul className="menu" role="menu">
          {items.map((it) => (
            <li key={it.key} role="none">
              <button
                type="button"
                role="menuitem"
                data-export={it.key}
                autoFocus={it.key === 'csv'}
                onClick={() => {
                  it.run();
                  setOpen(false);
                }}
              >
                <span>{it.label}</span>
                <span className="muted small">{it.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The report opens in a new tab (ready to print); when pop-ups are blocked it downloads instead. */
function openReport(result: ComparisonResult, fileName: string) {
  const html = reportHtml(result);
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const w = window.open(url, '_blank');
  if (w) w.opener = null;
  else downloadText(fileName, html, 'text/html');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
