/**
 * The interactive API reference at /docs: one self-contained page (no CDN, works offline) that reads
 * /openapi.json and lists operations by tag, with expandable schemas and a "try it" form per operation
 * that calls the API with fetch. The key typed in the header is kept for this tab only
 * (sessionStorage, shared with the web app) and sent with every call, /openapi.json included: with
 * API keys on, the page itself needs no key, the document does.
 */
export const docsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>policydiff API reference</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{background:#12263a;color:#fff;padding:1rem 1.5rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
header h1{font-size:1.2rem;margin:0;flex:1}header input{padding:.3rem .5rem;min-width:16rem}
main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}
h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2rem;text-transform:capitalize}
details.op{background:#fff;border:1px solid #ddd;border-radius:6px;margin:.5rem 0}
details.op>summary{cursor:pointer;padding:.55rem .8rem;display:flex;gap:.8rem;align-items:baseline}
.m{font:600 .8rem ui-monospace,monospace;padding:.15rem .45rem;border-radius:4px;color:#fff;min-width:3.6rem;text-align:center}
.get{background:#1f6feb}.post{background:#1a7f37}.delete{background:#cf222e}.put,.patch{background:#9a6700}
.path{font-family:ui-monospace,monospace}.sum{color:#555}
.body{padding:.2rem 1rem 1rem}pre{background:#f3f3f3;padding:.6rem;overflow:auto;max-height:28rem;font-size:.82rem}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
form.try{background:#f6f8fa;border:1px solid #e1e4e8;padding:.6rem;border-radius:6px;display:grid;gap:.4rem;max-width:40rem}
form.try label{display:grid;grid-template-columns:9rem 1fr;gap:.5rem;align-items:center}
button{padding:.35rem .9rem;cursor:pointer}.status{font-weight:600}
.schema details{margin-left:1rem}.schema summary{cursor:pointer}.type{color:#6a737d;font-family:ui-monospace,monospace;font-size:.85rem}
.req{color:#cf222e}header a{color:#9cd}
</style></head>
<body><header><h1>policydiff API reference</h1>
<label>API key <input id="key" type="password" placeholder="only when API_KEYS is set" autocomplete="off"></label>
<a href="/openapi.json">openapi.json</a></header>
<main id="main"><p>Loading /openapi.json…</p></main>
<script>
"use strict";
const keyInput = document.getElementById('key');
keyInput.value = sessionStorage.getItem('policydiff.apiKey') || '';
const auth = () => (keyInput.value ? { authorization: 'Bearer ' + keyInput.value } : {});
keyInput.addEventListener('change', () => {
  if (keyInput.value) sessionStorage.setItem('policydiff.apiKey', keyInput.value);
  else sessionStorage.removeItem('policydiff.apiKey');
  if (!doc) load();
});
const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) k === 'class' ? (e.className = v) : k.startsWith('on') ? e.addEventListener(k.slice(2), v) : e.setAttribute(k, v);
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
};
let doc;
const resolve = (s) => (s && s.$ref ? doc.components.schemas[s.$ref.split('/').pop()] : s);
const refName = (s) => (s && s.$ref ? s.$ref.split('/').pop() : null);
function typeOf(s) {
  if (!s) return 'any';
  if (s.$ref) return refName(s);
  if (s.anyOf || s.oneOf) return (s.anyOf || s.oneOf).map(typeOf).join(' | ');
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.type === 'array') return typeOf(s.items) + '[]';
  return Array.isArray(s.type) ? s.type.join(' | ') : s.type || 'object';
}
/** A schema as nested, expandable property lists; references open lazily (and cannot loop). */
function schemaView(s, depth = 0) {
  const r = resolve(s);
  const box = el('div', { class: 'schema' });
  if (!r) return box;
  if (r.description) box.append(el('div', { class: 'sum' }, r.description));
  const variants = r.anyOf || r.oneOf;
  if (r.properties) {
    const t = el('table');
    for (const [name, p] of Object.entries(r.properties)) {
      const cell = el('td');
      const inner = resolve(p.type === 'array' ? p.items : p);
      if (depth < 6 && inner && (inner.properties || inner.anyOf || inner.oneOf)) {
        const d = el('details', {}, el('summary', {}, el('span', { class: 'type' }, typeOf(p))));
        d.addEventListener('toggle', () => { if (d.open && d.children.length === 1) d.append(schemaView(p.type === 'array' ? p.items : p, depth + 1)); });
        cell.append(d);
      } else cell.append(el('span', { class: 'type' }, typeOf(p)));
      if (p.description) cell.append(el('div', { class: 'sum' }, p.description));
      t.append(el('tr', {}, el('td', {}, name, (r.required || []).includes(name) ? el('span', { class: 'req' }, ' *') : ''), cell));
    }
    box.append(t);
  } else if (variants) {
    for (const v of variants) {
      const d = el('details', {}, el('summary', {}, el('span', { class: 'type' }, typeOf(v))));
      d.addEventListener('toggle', () => { if (d.open && d.children.length === 1) d.append(schemaView(v, depth + 1)); });
      box.append(d);
    }
  } else box.append(el('span', { class: 'type' }, typeOf(r)));
  return box;
}
function tryForm(path, method, op) {
  const form = el('form', { class: 'try' });
  const params = op.parameters || [];
  for (const p of params) form.append(el('label', {}, p.name + (p.required ? ' *' : '') + ' (' + p.in + ')', el('input', { name: 'p:' + p.name, placeholder: p.description || '' })));
  const body = op.requestBody && op.requestBody.content;
  const multipart = body && body['multipart/form-data'];
  if (multipart) {
    const s = resolve(multipart.schema);
    for (const [name, p] of Object.entries(s.properties || {})) {
      const input = p.format === 'binary' ? el('input', { type: 'file', name: 'f:' + name, accept: 'application/pdf' }) : el('input', { name: 'f:' + name, placeholder: typeOf(p) });
      form.append(el('label', {}, name, input));
    }
  }
  const out = el('div');
  form.append(el('div', {}, el('button', { type: 'submit' }, 'Send ' + method.toUpperCase())), out);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    let url = path;
    const q = new URLSearchParams();
    for (const p of params) {
      const v = data.get('p:' + p.name);
      if (!v) continue;
      if (p.in === 'path') url = url.replace('{' + p.name + '}', encodeURIComponent(v));
      else if (p.in === 'query') q.set(p.name, v);
    }
    if (/[{}]/.test(url)) { out.replaceChildren(el('p', { class: 'req' }, 'fill in the path parameters')); return; }
    let reqBody;
    if (multipart) {
      reqBody = new FormData();
      for (const [k, v] of data) if (k.startsWith('f:') && (typeof v === 'string' ? v : v.size)) reqBody.set(k.slice(2), v);
    }
    const headers = auth();
    if (path.startsWith('/ws/')) {
      // A browser cannot set headers on a WebSocket: upgrades (only they) read ?api_key=.
      if (keyInput.value) q.set('api_key', keyInput.value);
      const ws = new WebSocket(location.origin.replace(/^http/, 'ws') + url + (q.size ? '?' + q : ''));
      const log = el('pre'); out.replaceChildren(el('div', { class: 'status' }, 'WebSocket'), log);
      ws.onmessage = (m) => { log.textContent += m.data + '\\n'; };
      ws.onclose = (c) => { log.textContent += '[closed ' + c.code + ' ' + c.reason + ']\\n'; };
      return;
    }
    out.replaceChildren(el('p', {}, '…'));
    try {
      const res = await fetch(url + (q.size ? '?' + q : ''), { method: method.toUpperCase(), headers, body: reqBody });
      const type = res.headers.get('content-type') || '';
      let text = type.includes('pdf') ? '(' + (await res.blob()).size + ' bytes of PDF)' : await res.text();
      try { text = JSON.stringify(JSON.parse(text), null, 2); } catch {}
      out.replaceChildren(el('div', { class: 'status' }, res.status + ' ' + res.statusText + ' · ' + type), el('pre', {}, text));
    } catch (e) { out.replaceChildren(el('p', { class: 'req' }, String(e))); }
  });
  return form;
}
function operation(path, method, op) {
  const d = el('details', { class: 'op', id: op.operationId || '' },
    el('summary', {}, el('span', { class: 'm ' + method }, method.toUpperCase()), el('span', { class: 'path' }, path), el('span', { class: 'sum' }, op.summary || '')));
  d.addEventListener('toggle', () => {
    if (!d.open || d.dataset.built) return;
    d.dataset.built = '1';
    const b = el('div', { class: 'body' });
    if (op.description) b.append(el('p', {}, op.description));
    const body = op.requestBody && op.requestBody.content;
    if (body) for (const [type, c] of Object.entries(body)) b.append(el('h4', {}, 'Request body · ' + type), schemaView(c.schema));
    b.append(el('h4', {}, 'Responses'));
    for (const [code, r] of Object.entries(op.responses || {})) {
      const content = r.content ? Object.entries(r.content)[0] : null;
      const row = el('details', {}, el('summary', {}, el('strong', {}, code), ' ', r.description || '', content ? el('span', { class: 'type' }, '  ' + content[0] + ' · ' + typeOf(content[1].schema)) : ''));
      if (content) row.addEventListener('toggle', () => { if (row.open && row.children.length === 1) row.append(schemaView(content[1].schema)); });
      b.append(row);
    }
    if (op['x-websocket']) b.append(el('h4', {}, 'WebSocket messages and close codes'), el('pre', {}, JSON.stringify(op['x-websocket'], null, 2)));
    b.append(el('h4', {}, 'Try it'), tryForm(path, method, op));
    d.append(b);
  });
  return d;
}
const load = () => fetch('/openapi.json', { headers: auth() }).then(async (r) => {
  if (r.status === 401) {
    document.getElementById('main').textContent = 'This server has API keys on: type a key above to load the reference.';
    return;
  }
  if (!r.ok) throw new Error(r.status + ' ' + r.statusText);
  const d = await r.json();
  doc = d;
  const main = document.getElementById('main');
  main.replaceChildren(el('p', {}, d.info.description));
  const byTag = new Map((d.tags || []).map((t) => [t.name, []]));
  for (const [path, ops] of Object.entries(d.paths)) for (const [method, op] of Object.entries(ops)) {
    const tag = (op.tags || ['other'])[0];
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag.get(tag).push(operation(path, method, op));
  }
  for (const [tag, ops] of byTag) {
    const info = (d.tags || []).find((t) => t.name === tag);
    main.append(el('h2', {}, tag), info ? el('p', { class: 'sum' }, info.description) : '', ...ops);
  }
  main.append(el('h2', {}, 'schemas'));
  for (const [name, s] of Object.entries(d.components.schemas)) {
    const det = el('details', { class: 'op', id: 'schema-' + name }, el('summary', {}, el('span', { class: 'path' }, name), el('span', { class: 'sum' }, s.description || '')));
    det.addEventListener('toggle', () => { if (det.open && det.children.length === 1) det.append(el('div', { class: 'body' }, schemaView({ $ref: '#/components/schemas/' + name }))); });
    main.append(det);
  }
}).catch((e) => { document.getElementById('main').textContent = 'could not load /openapi.json: ' + e; });
load();
</script></body></html>`;
