import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { STAGES, stageGroup, stageStream } from '@policydiff/contracts';
import { ALL_SERVICES } from './harness.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const infra = (...p: string[]) => join(root, 'infra', ...p);
const STAGE_SERVICES = STAGES.map((s) => `stage-${s}`);

/** Every document of every YAML file under infra/k8s. */
function k8sObjects(): any[] {
  return readdirSync(infra('k8s'))
    .filter((f) => /\.ya?ml$/.test(f))
    .flatMap((f) =>
      parseAllDocuments(readFileSync(infra('k8s', f), 'utf8')).map((d) => {
        expect(d.errors, `${f}: ${d.errors.map((e) => e.message).join('; ')}`).toEqual([]);
        return { ...(d.toJS() as object), __file: f } as any;
      }),
    )
    .filter((o) => o && o.kind);
}

describe('infra/compose.yaml', () => {
  const compose = parse(readFileSync(infra('compose.yaml'), 'utf8'), { merge: true }) as any;

  it('runs every service from one image, with redis on AOF and a shared data volume', () => {
    for (const name of ALL_SERVICES) {
      const svc = compose.services[name];
      expect(svc, `compose has no service ${name}`).toBeTruthy();
      expect(svc.environment.SERVICE).toBe(name);
      expect(svc.environment.REDIS_URL).toBe('redis://redis:6379');
      expect(svc.volumes).toContain('data:/data');
      expect(svc.environment.POLICYDIFF_DATA_DIR).toBe('/data');
      expect(svc.healthcheck?.test, `${name} healthcheck`).toBeTruthy();
      expect(svc.build.dockerfile).toBe('infra/Dockerfile');
    }
    expect(compose.services.redis.command.join(' ')).toContain('/usr/local/etc/redis/redis.conf');
    expect(compose.services.redis.volumes).toContain('./redis.conf:/usr/local/etc/redis/redis.conf:ro');
    expect(readFileSync(infra('redis.conf'), 'utf8')).toMatch(/^appendonly yes$/m);
    expect(Object.keys(compose.volumes)).toContain('data');
  });

  it('lets any stage scale: no container names or published ports on stages', () => {
    for (const name of [...STAGE_SERVICES, 'delivery', 'notifier']) {
      expect(compose.services[name].container_name, name).toBeUndefined();
      expect(compose.services[name].ports, name).toBeUndefined();
    }
  });

  it('reads API keys from a secret in every service, so none listens on the network without them', () => {
    const secrets = compose.secrets ?? {};
    expect(secrets.api_keys?.file).toBe('./secrets/api-keys');
    for (const name of ALL_SERVICES) {
      const svc = compose.services[name];
      expect(svc.environment.HOST, name).toBe('0.0.0.0');
      expect(svc.environment.API_KEYS, `${name} must not carry keys in the file`).toBeUndefined();
      expect(svc.environment.API_KEYS_FILE, name).toBe('/run/secrets/api_keys');
      expect(svc.secrets, name).toContain('api_keys');
      expect(svc.environment.INSECURE_NETWORK_WITHOUT_KEYS, name).toBeUndefined();
    }
    // The secret files are kept out of git, and a script writes them.
    const ignore = readFileSync(infra('secrets', '.gitignore'), 'utf8').split('\n');
    expect(ignore).toContain('*');
    expect(ignore).not.toContain('!api-keys');
    expect(existsSync(infra('scripts', 'make-secrets.mjs'))).toBe(true);
    for (const s of Object.values(secrets) as { file: string }[]) expect(s.file).toMatch(/^\.\/secrets\/[a-z-]+$/);
  });

  it('gives Grafana a password and no anonymous access, and Prometheus a metrics key; neither is published beyond this machine', () => {
    const grafana = compose.services.grafana;
    expect(grafana.environment.GF_AUTH_ANONYMOUS_ENABLED).toBe('false');
    expect(grafana.environment.GF_AUTH_ANONYMOUS_ORG_ROLE).toBeUndefined();
    expect(grafana.environment.GF_SECURITY_ADMIN_PASSWORD__FILE).toBe('/run/secrets/grafana_admin_password');
    expect(grafana.environment.GF_SECURITY_ADMIN_PASSWORD).toBeUndefined(); // never the default admin/admin, never in the file
    expect(grafana.secrets).toContain('grafana_admin_password');
    expect(compose.secrets.grafana_admin_password.file).toBe('./secrets/grafana-admin-password');
    expect(compose.services.prometheus.secrets).toContain('metrics_key');
    expect(compose.services.prometheus.ports).toEqual([expect.stringMatching(/^127\.0\.0\.1:/)]);
    const prom = parse(readFileSync(infra('prometheus.yml'), 'utf8'));
    for (const job of prom.scrape_configs) expect(job.authorization, job.job_name).toEqual({ type: 'Bearer', credentials_file: '/run/secrets/metrics_key' });
  });

  it('passes `docker compose config` when a docker client with compose is installed', (ctx) => {
    const probe = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
    if (probe.status !== 0) {
      ctx.skip(`docker compose is not available here (${(probe.stderr || probe.error?.message || 'not found').trim().split('\n')[0]}): YAML checked by parsing only`);
      return;
    }
    const r = spawnSync('docker', ['compose', '-f', infra('compose.yaml'), 'config', '--quiet'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });
});

describe('infra/k8s', () => {
  const objects = k8sObjects();
  const of = (kind: string) => objects.filter((o) => o.kind === kind);

  it('has a Deployment for every service, each picking its service with SERVICE and probing /health', () => {
    for (const name of ALL_SERVICES) {
      const d = of('Deployment').find((o) => o.metadata.name === name);
      expect(d, `no Deployment ${name}`).toBeTruthy();
      const c = d.spec.template.spec.containers[0];
      expect(c.env).toContainEqual({ name: 'SERVICE', value: name });
      expect(c.envFrom).toContainEqual({ configMapRef: { name: 'policydiff' } });
      expect(c.readinessProbe.httpGet.path).toBe('/health');
      expect(d.spec.selector.matchLabels).toEqual(d.spec.template.metadata.labels && { 'app.kubernetes.io/name': name });
    }
    expect(of('Service').map((s) => s.metadata.name)).toEqual(expect.arrayContaining(['gateway', 'notifier', 'redis']));
    expect(of('StatefulSet').map((s) => s.metadata.name)).toContain('redis');
    expect(of('ConfigMap').find((c) => c.metadata.name === 'policydiff').data.REDIS_URL).toMatch(/^redis:\/\//);
  });

  it('gives every Deployment its API keys from a Secret, never from the ConfigMap', () => {
    const config = of('ConfigMap').find((c) => c.metadata.name === 'policydiff').data;
    expect(config.HOST).toBe('0.0.0.0');
    expect(config.API_KEYS).toBeUndefined();
    expect(config.INSECURE_NETWORK_WITHOUT_KEYS).toBeUndefined();
    for (const name of ALL_SERVICES) {
      const c = of('Deployment').find((o) => o.metadata.name === name).spec.template.spec.containers[0];
      expect(c.env, name).toContainEqual({ name: 'API_KEYS', valueFrom: { secretKeyRef: { name: 'policydiff-api-keys', key: 'API_KEYS' } } });
    }
    // The Secret itself is the operator's (kubectl create secret): no manifest carries a key.
    expect(of('Secret')).toEqual([]);
  });

  it('has a KEDA ScaledObject per stage on the right stream and group lag', () => {
    for (const stage of STAGES) {
      const name = `stage-${stage}`;
      const so = of('ScaledObject').find((o) => o.spec.scaleTargetRef.name === name);
      expect(so, `no ScaledObject for ${name}`).toBeTruthy();
      const t = so.spec.triggers[0];
      expect(t.type).toBe('redis-streams');
      expect(t.metadata.stream).toBe(stageStream(stage));
      expect(t.metadata.consumerGroup).toBe(stageGroup(stage));
      expect(Number(t.metadata.lagCount)).toBeGreaterThan(0);
      expect(of('Deployment').some((d) => d.metadata.name === name)).toBe(true);
    }
  });

  it('lists every manifest in kustomization.yaml', () => {
    const k = parse(readFileSync(infra('k8s', 'kustomization.yaml'), 'utf8'));
    const files = readdirSync(infra('k8s')).filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml');
    expect([...k.resources].sort()).toEqual(files.sort());
  });
});

describe('metrics files', () => {
  it('prometheus.yml scrapes every service; the Grafana dashboard queries only metrics that exist', () => {
    const prom = parse(readFileSync(infra('prometheus.yml'), 'utf8'));
    const names = prom.scrape_configs.flatMap((j: any) => j.dns_sd_configs.flatMap((d: any) => d.names));
    for (const name of ALL_SERVICES) expect(names, name).toContain(name);
    const dash = JSON.parse(readFileSync(infra('grafana', 'policydiff.json'), 'utf8'));
    const exprs: string[] = dash.panels.flatMap((p: any) => p.targets.map((t: any) => t.expr));
    const platform = readFileSync(join(root, 'packages', 'platform', 'src', 'metrics.ts'), 'utf8');
    const known = new Set([...platform.matchAll(/'(policydiff_[a-z_]+)'/g)].map((m) => m[1]));
    for (const expr of exprs) {
      for (const [metric] of expr.matchAll(/policydiff_[a-z_]+/g)) {
        const base = metric.replace(/_(bucket|count|sum)$/, '');
        expect(known.has(base) || known.has(metric), `${metric} in "${expr}"`).toBe(true);
      }
    }
  });

  it('the Dockerfile builds one image whose command picks the service', () => {
    const df = readFileSync(infra('Dockerfile'), 'utf8');
    expect(df.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    expect(df).toContain('services/$SERVICE/dist/main.js');
    expect(existsSync(infra('Dockerfile.dockerignore'))).toBe(true);
  });
});
