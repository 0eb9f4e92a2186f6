import { startPrivatePostgres } from '@policydiff/testkit';
import { systemSuite } from './system-suite.js';

// The same suite with DATABASE_URL=postgres://… : TEST_DATABASE_URL when set, else a private server.
// Without PostgreSQL binaries the suite is skipped and says why.
systemSuite('postgres', await startPrivatePostgres());
