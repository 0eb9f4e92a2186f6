/**
 * The qualifiers that change how far a clause reaches: carve-outs ("except", "unless"), obligations on
 * the insured ("you must") and insurer discretion ("at our option", "reasonable").
 */
import type { CarveOut } from '../types.js';

const CARVE_OUT =
  /\b(except(?:\s+(?:for|where|when|that|if))?|unless|provided(?:\s+always)?\s+that|providing\s+that|other\s+than|but\s+not|excluding|does\s+not\s+apply\s+to|do\s+not\s+apply\s+to|save\s+for|apart\s+from|with\s+the\s+exception\s+of)\b/gi;
const OBLIGATION =
  /\b(you\s+must|you\s+shall|you\s+need\s+to|you\s+have\s+to|you\s+are\s+required\s+to|the\s+insured(?:\s+person)?\s+(?:must|shall)|the\s+policyholder\s+(?:must|shall)|it\s+is\s+a\s+condition|condition\s+precedent|must\s+be\s+(?:kept|maintained|fitted|reported|notified))\b/gi;
const DISCRETION =
  /\b(at\s+our\s+(?:sole\s+|absolute\s+)?(?:option|discretion)|we\s+may|we\s+can\s+choose|in\s+our\s+(?:reasonable\s+)?opinion|as\s+we\s+(?:see\s+fit|consider|deem)|we\s+(?:will\s+)?decide|reasonabl[ey]|we\s+reserve\s+the\s+right)\b/gi;

const MAX_FRAGMENT = 200;

/** Text from `start` to the end of its sentence or clause part. */
function fragmentFrom(text: string, start: number): string {
  const rest = text.slice(start);
  const end = rest.search(/[.;](?:\s|$)|\s[•▪]\s/);
  const fragment = (end >= 0 ? rest.slice(0, end) : rest).trim();
  return fragment.length > MAX_FRAGMENT ? `${fragment.slice(0, MAX_FRAGMENT - 1).trimEnd()}…` : fragment;
}

export function findCarveOuts(text: string): CarveOut[] {
  const out: CarveOut[] = [];
  for (const m of text.matchAll(CARVE_OUT)) {
    const start = (m.index ?? 0) + m[0].length;
    const carved = fragmentFrom(text, start).replace(/^[,:\s]+/, '');
    if (carved.length === 0) continue;
    out.push({ trigger: m[0].toLowerCase().replace(/\s+/g, ' '), text: carved });
  }
  return out;
}

export function findObligations(text: string): string[] {
  return [...new Set([...text.matchAll(OBLIGATION)].map((m) => fragmentFrom(text, m.index ?? 0)))];
}

export function findDiscretion(text: string): string[] {
  return [...new Set([...text.matchAll(DISCRETION)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' ')))];
}
