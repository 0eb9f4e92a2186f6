/**
 * Where one clause's text holds more than one definition. Layout joins lines it cannot tell apart,
 * so a definitions list often reaches this stage as `"Travelling companion" means … "Unattended"
 * means …` or, in bold term lists, "Heave Expansion of the land … Home The house or flat …". A
 * new definition starts at a sentence boundary with a quoted term and a connector, a term with a
 * colon or dash and "means", or (inside a definitions list) a bold run followed by the start of
 * its wording.
 */
import { cleanTerm, isPlausibleTerm } from './parse-definition-start.js';
import { normaliseText } from './normalise-text.js';
import { termKey } from './term-key.js';

export interface GluedSplitOptions {
  inDefinitionsSection: boolean;
  /** Bold runs of the clause (defined-term lists print their terms in bold). */
  boldSpans?: string[];
  /** Key of the term the text defines, which may be restated inside it without starting anew. */
  ownTermKey?: string | null;
}

export interface TextSegment {
  text: string;
  /** The bold run the segment opens with, when a bold term started it. */
  boldTerm: string | null;
}

const CONNECTOR = String.raw`(?:means|shall mean|refers to|has the meaning|is defined as)\b`;
/** `"Unattended" means …` right after the end of a sentence. */
const QUOTED_START = new RegExp(String.raw`(?<=[.;!?]["')]?\s+)"([^"]{1,80})"\s*(?:\([^)]{0,40}\)\s*)?(?::\s*)?${CONNECTOR}`, 'g');
/** `Excess: means …` / `Excess – means …` right after the end of a sentence. */
const COLON_MEANS_START = new RegExp(String.raw`(?<=[.;!?]["')]?\s+)(\p{Lu}[\p{L}'\- ]{0,60}?)\s*[:–]\s*${CONNECTOR}`, 'gu');
const SENTENCE_END = /[.;!?]["')]?\s+$/;
/** What a bold-list definition's wording opens with: a capital, a quote, a bracket or a connector. */
const WORDING_OPENS = new RegExp(String.raw`^\s*(?:[\p{Lu}"'(]|\d|[:–]|${CONNECTOR})`, 'u');

function plausibleNewTerm(term: string, ownTermKey: string | null | undefined): boolean {
  const clean = cleanTerm(term);
  if (!isPlausibleTerm(clean) || clean.split(/\s+/).length > 6) return false;
  return !ownTermKey || termKey(clean) !== ownTermKey;
}

/** Offsets at which a new definition starts inside `text` (never 0: the clause start is the caller's). */
export function gluedDefinitionStarts(text: string, options: GluedSplitOptions): { at: number; boldTerm: string | null }[] {
  const starts = new Map<number, string | null>();
  for (const pattern of [QUOTED_START, COLON_MEANS_START]) {
    for (const m of text.matchAll(pattern)) {
      if (plausibleNewTerm(m[1], options.ownTermKey)) starts.set(m.index ?? 0, null);
    }
  }
  if (options.inDefinitionsSection) {
    for (const raw of options.boldSpans ?? []) {
      const span = normaliseText(raw);
      if (!/^\p{Lu}/u.test(span)) continue;
      let from = 1;
      for (;;) {
        const at = text.indexOf(span, from);
        if (at < 0) break;
        from = at + 1;
        if (!SENTENCE_END.test(text.slice(0, at))) continue;
        if (!WORDING_OPENS.test(text.slice(at + span.length))) continue;
        if (!plausibleNewTerm(span, options.ownTermKey)) continue;
        if (!starts.has(at)) starts.set(at, span);
      }
    }
  }
  return [...starts.entries()].filter(([at]) => at > 0).sort((a, b) => a[0] - b[0]).map(([at, boldTerm]) => ({ at, boldTerm }));
}

/** The text cut where glued definitions start; the first segment is what precedes the first of them. */
export function splitGluedDefinitions(text: string, options: GluedSplitOptions): TextSegment[] {
  const starts = gluedDefinitionStarts(text, options);
  if (starts.length === 0) return [{ text, boldTerm: null }];
  const segments: TextSegment[] = [{ text: text.slice(0, starts[0].at).trim(), boldTerm: null }];
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].at : text.length;
    segments.push({ text: text.slice(start.at, end).trim(), boldTerm: start.boldTerm });
  });
  return segments;
}
