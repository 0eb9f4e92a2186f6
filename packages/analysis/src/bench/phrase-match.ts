/**
 * "Does this quote touch that text?" — the matching rule of shared/tools/score.py, ported so the
 * generated benchmark and the hand-labelled real pairs judge a reported change the same way.
 *
 * Texts are normalised (NFKC, lower case, straight quotes, no soft hyphens) and cut into
 * alphanumeric word tokens. Hyphens are tried two ways, either may match: joined ("pre-\nexisting"
 * → "preexisting") and split (every hyphen separates words). A phrase touches a text fully when
 * all its words appear contiguously; partially when a contiguous run of ⌈minFrac × n⌉ of them does
 * (the caller decides whether a partial match counts, e.g. only near the right page).
 */

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
};
const JOIN_HYPHEN = /(?<=\p{L})[-\u2010\u2011]\s*(?=\p{L})/gu;
const TOKEN = /[\p{L}\p{N}]+/gu;

/** One text piece with a weight: 1 for diff insert/delete ops, 0 for equal text. */
export interface WeightedPiece {
  text: string;
  weight: number;
}

/** Tokens of a text in one hyphen mode, with each token's mean weight. */
interface TokenView {
  tokens: string[];
  weights: number[];
}

/** A text prepared for matching: its joined-hyphen and split-hyphen token views. */
export interface MatchText {
  views: [TokenView, TokenView];
}

/** The normalised text and, per UTF-16 code unit, the weight of the piece it came from. */
function canonical(pieces: readonly WeightedPiece[]): { text: string; weights: number[] } {
  let text = '';
  const weights: number[] = [];
  for (const { text: piece, weight } of pieces) {
    if (!piece) continue;
    for (const ch of piece) {
      if (ch === '\u00ad') continue;
      for (const c of ch.normalize('NFKC').toLowerCase()) {
        const mapped = QUOTES[c] ?? c;
        text += mapped;
        for (let k = 0; k < mapped.length; k++) weights.push(weight);
      }
    }
    // A piece boundary separates words, as in score.py.
    text += ' ';
    weights.push(weight);
  }
  return { text, weights };
}

function tokenView(pieces: readonly WeightedPiece[], joinHyphens: boolean): TokenView {
  let { text, weights } = canonical(pieces);
  if (joinHyphens) {
    const keep = new Array<boolean>(text.length).fill(true);
    for (const m of text.matchAll(JOIN_HYPHEN)) for (let i = m.index; i < m.index + m[0].length; i++) keep[i] = false;
    let joined = '';
    const kept: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!keep[i]) continue;
      joined += text[i];
      kept.push(weights[i]);
    }
    text = joined;
    weights = kept;
  }
  const tokens: string[] = [];
  const tokenWeights: number[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push(m[0]);
    let sum = 0;
    for (let i = m.index; i < m.index + m[0].length; i++) sum += weights[i];
    tokenWeights.push(sum / m[0].length);
  }
  return { tokens, weights: tokenWeights };
}

export function prepareText(text: string | null | undefined | readonly WeightedPiece[]): MatchText {
  const pieces: readonly WeightedPiece[] = typeof text === 'string' || text == null ? [{ text: text ?? '', weight: 0 }] : text;
  return { views: [tokenView(pieces, true), tokenView(pieces, false)] };
}

export function isEmptyText(text: MatchText): boolean {
  return text.views[1].tokens.length === 0;
}

export function wordTokens(text: string): string[] {
  return prepareText(text).views[1].tokens;
}

function indexOfRun(haystack: readonly string[], needle: readonly string[], from: number): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The best share (0..1) of the phrase's words found contiguously in the text, trying runs down to
 * ⌈minFrac × n⌉ words. `minWeight`: count only occurrences whose tokens' mean weight reaches it
 * (how a diff's inserted or deleted words are told from its equal words).
 */
export function matchFraction(phrase: MatchText, text: MatchText, minFrac: number, minWeight?: number): number {
  let best = 0;
  for (let v = 0; v < 2; v++) {
    const p = phrase.views[v];
    const t = text.views[v];
    const n = p.tokens.length;
    if (n === 0 || t.tokens.length === 0) continue;
    const kMin = Math.max(1, Math.ceil(minFrac * n - 1e-9));
    for (let k = n; k >= kMin; k--) {
      if (k / n <= best) break;
      let found = false;
      for (let i = 0; i + k <= n && !found; i++) {
        const needle = p.tokens.slice(i, i + k);
        for (let at = indexOfRun(t.tokens, needle, 0); at !== -1; at = indexOfRun(t.tokens, needle, at + 1)) {
          if (minWeight === undefined) {
            found = true;
            break;
          }
          const segment = t.weights.slice(at, at + k);
          if (segment.reduce((s, w) => s + w, 0) / segment.length >= minWeight) {
            found = true;
            break;
          }
        }
      }
      if (found) {
        best = Math.max(best, k / n);
        break;
      }
    }
  }
  return best;
}

/** All of the phrase's words, in order, somewhere in the text. */
export function containsPhrase(text: MatchText, phrase: MatchText): boolean {
  return matchFraction(phrase, text, 1) === 1;
}
