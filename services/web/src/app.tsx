import { HistoryPage } from './history/history-page';
import { JobPage } from './job/job-page';
import { useRoute } from './lib/use-route';
import { UploadPage } from './upload/upload-page';

export function App() {
  const route = useRoute();
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
          <a href="#/" aria-current={route.name === 'upload' ? 'page' : undefined}>
            New comparison
          </a>
          <a href="#/history" aria-current={route.name === 'history' ? 'page' : undefined}>
            History
          </a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {route.name === 'upload' && <UploadPage />}
        {route.name === 'history' && <HistoryPage />}
        {route.name === 'job' && <JobPage key={route.jobId} jobId={route.jobId} tab={route.tab} changeId={route.changeId} />}
      </main>
    </div>
  );
}
