/**
 * The app's routes live in the URL hash (`#/jobs/<id>/changes/<change>`), so the gateway's API paths
 * (`/jobs/...`) never collide with the app's and a reload lands on the same view.
 */
export type JobTab = 'overview' | 'changes' | 'source';

export type Route =
  | { name: 'upload' }
  | { name: 'history' }
  | { name: 'job'; jobId: string; tab: JobTab; changeId: string | null };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'history') return { name: 'history' };
  if (parts[0] === 'jobs' && parts[1]) {
    const tab = parts[2] === 'changes' || parts[2] === 'source' ? parts[2] : 'overview';
    return { name: 'job', jobId: parts[1], tab, changeId: tab === 'overview' ? null : (parts[3] ?? null) };
  }
  return { name: 'upload' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'upload':
      return '#/';
    case 'history':
      return '#/history';
    case 'job': {
      const base = `#/jobs/${encodeURIComponent(route.jobId)}`;
      if (route.tab === 'overview') return base;
      return `${base}/${route.tab}${route.changeId ? `/${encodeURIComponent(route.changeId)}` : ''}`;
    }
  }
}

export const jobHref = (jobId: string, tab: JobTab = 'overview', changeId: string | null = null) =>
  href({ name: 'job', jobId, tab, changeId });

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else location.hash = to.replace(/^#/, '');
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}
