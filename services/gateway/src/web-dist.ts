import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the built web app (services/web/dist) is: WEB_DIST_DIR, or beside this service in the repository and the image. */
export const webDistDir = (config: { WEB_DIST_DIR?: string }): string =>
  config.WEB_DIST_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');
