/**
 * The summary reports; it never advises. Policy text quoted in a statement can itself contain
 * advice ("you should check…"), so quotes holding such phrases are left out of the summary.
 */

export const RECOMMENDATION_PATTERN =
  /\b(?:you should|we recommend|we suggest|we advise|you may wish|you might want|it is advisable|consider (?:switching|moving|buying|asking))\b/i;

/**
 * Drops, from any quoted passage, the sentences that carry advice language (marking the gap with
 * an ellipsis); a quote left empty becomes a neutral pointer to the clause.
 */
export function withoutAdvice(text: string): string {
  if (!RECOMMENDATION_PATTERN.test(text)) return text;
  const cleaned = text.replace(/"([^"]*)"|“([^”]*)”/g, (quote, straight?: string, curly?: string) => {
    const inner = straight ?? curly ?? '';
    if (!RECOMMENDATION_PATTERN.test(inner)) return quote;
    const kept = inner
      .split(/(?<=[.;!?])\s+/)
      .filter((sentence) => !RECOMMENDATION_PATTERN.test(sentence))
      .join(' ')
      .trim();
    return kept.length > 0 ? `"${kept} …"` : '(see the clause wording)';
  });
  return RECOMMENDATION_PATTERN.test(cleaned) ? '(see the clause wording)' : cleaned;
}
