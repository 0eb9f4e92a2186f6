import { BatchPage } from './batch/batch-page';
import { BATCH_UPLOAD_HREF, parseBatchRoute } from './batch/batch-route';
import { BatchUploadPage } from './batch/batch-upload-page';
import { KeyPrompt } from './components/key-prompt';
import { HistoryPage } from './history/history-page';
import { JobPage } from './job/job-page';
import { useRoute } from './lib/use-route';
import { OpsPage } from './ops/ops-page';
import { OPS_HREF, isOpsRoute } from './ops/ops-route';
import { UploadPage } from './upload/upload-page';

export function App() {
  const route = useRoute();
  // useRoute re-renders on every hash change; the batch and ops routes are read from the same hash.
  const batch = parseBatchRoute(location.hash);
  const ops = isOpsRoute(location.hash);
  const name = ops ? 'ops' : batch ? 'batch' : route.name;
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href="#/">
          <span className="brand-mark" aria-hidden="true" />
          policydiff
        </a>
        <span className="brand-tag">Policy wording comparison</span>
        <nav className="topnav" aria-label="Main">
          <a href="#/" aria-current={name === 'upload' ? 'page' : undefined}>
            New comparison
          </a>
          <a href="#/history" aria-current={name === 'history' ? 'page' : undefined}>
            History
          </a>
          <a href={BATCH_UPLOAD_HREF} aria-current={name === 'batch' ? 'page' : undefined}>
            Market comparison
          </a>
          <a href={OPS_HREF} aria-current={name === 'ops' ? 'page' : undefined}>
            Ops
          </a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {ops && <OpsPage />}
        {batch?.name === 'batch-upload' && <BatchUploadPage />}
        {batch?.name === 'batch' && <BatchPage key={batch.batchId} batchId={batch.batchId} />}
        {name === 'upload' && <UploadPage />}
        {name === 'history' && <HistoryPage />}
        {name === 'job' && route.name === 'job' && <JobPage key={route.jobId} jobId={route.jobId} tab={route.tab} changeId={route.changeId} />}
      </main>
      <KeyPrompt />
    </div>
  );
}
