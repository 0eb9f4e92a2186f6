// Writes the secret files infra/compose.yaml mounts (infra/secrets/), with random secrets, for any
// that is missing: it never overwrites one. Prints which it wrote, never a secret.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './bootstrap.mjs';

const dir = join(root, 'infra', 'secrets');
mkdirSync(dir, { recursive: true });
// The directory is the owner's alone; the files inside are readable, since compose bind-mounts them
// into containers that run as their own user (node), who must be able to read them.
chmodSync(dir, 0o700);
const secret = () => randomBytes(24).toString('base64url');
const metrics = secret();
const files = {
  'api-keys': `admin=${secret()}:admin,prometheus=${metrics}:metrics,client=${secret()}`,
  'metrics-key': metrics,
  'grafana-admin-password': secret(),
};
if (existsSync(join(dir, 'api-keys')) !== existsSync(join(dir, 'metrics-key'))) {
  console.error('infra/secrets: api-keys and metrics-key must be made together (the metrics key is in both): remove the one that is there, or write the other by hand');
  process.exit(1);
}
for (const [name, value] of Object.entries(files)) {
  const path = join(dir, name);
  if (existsSync(path)) {
    console.log(`kept    infra/secrets/${name}`);
    continue;
  }
  writeFileSync(path, `${value}\n`, { mode: 0o644 });
  console.log(`wrote   infra/secrets/${name}`);
}
