import type { Change, ComparisonResult } from '@policydiff/contracts';

/** A small hand-made result covering every status, direction and materiality the views handle. */
export function change(partial: Partial<Change> & Pick<Change, 'id'>): Change {
  return {
    status: 'modified',
    clause_type: 'limit',
    a: null,
    b: null,
    similarity: 0.9,
    direction: 'neutral',
    materiality: 'low',
    materiality_score: 0.1,
    confidence: 0.9,
    cover_area: null,
    deltas: [],
    diff: [],
    rules: ['change.own-deltas'],
    why: '',
    ...partial,
  };
}

const ref = (clause_id: string, section: string | null, heading: string | null, page: number, text: string, y0 = 100) => ({
  clause_id,
  section,
  heading,
  page_start: page,
  page_end: page,
  text,
  bboxes: [{ page, x0: 72, y0, x1: 520, y1: y0 + 40 }],
});

export const FIXTURE: ComparisonResult = {
  job_id: 'job-1',
  analysis_version: 'test',
  documents: {
    a: { file_name: 'expiring.pdf', sha256: 'a'.repeat(64), page_count: 4 },
    b: { file_name: 'renewal.pdf', sha256: 'b'.repeat(64), page_count: 4 },
  },
  summary: {
    headline: 'Cover is narrower at renewal: the flood limit halves and a cyber exclusion is added.',
    verdict: 'narrower',
    balance: { broader: 2, narrower: 6, high_broader: 0, high_narrower: 2 },
    narrative:
      '## Property\n\nThe **flood limit** falls from $1,000,000 to $500,000 (A § 4.2 p. 2; B § 4.2 p. 2).\n\n- A new [cyber exclusion](#change-c2) applies.\n- Wording of clause 7 is tidied.',
    counts: { added: 1, removed: 1, modified: 2, moved: 0, unchanged: 1 },
    directions: { broader: 1, narrower: 2, neutral: 1, ambiguous: 0 },
    bullets: [{ text: 'Flood limit halved', severity: 'high', direction: 'narrower', change_ids: ['c1'] }],
  },
  changes: [
    change({
      id: 'c4',
      status: 'modified',
      clause_type: 'condition',
      a: ref('a7', '7', 'Notice, "prompt"', 3, 'You must tell us promptly.'),
      b: ref('b7', '7', 'Notice, "prompt"', 3, 'You must tell us as soon as possible.'),
      direction: 'neutral',
      materiality: 'low',
      materiality_score: 0.05,
      rules: ['paired.no-identified-meaning'],
      why: 'no figure, scope, exception, obligation or standard changes → neutral',
      diff: [
        { op: 'equal', text: 'You must tell us ' },
        { op: 'delete', text: 'promptly' },
        { op: 'insert', text: 'as soon as possible' },
        { op: 'equal', text: '.' },
      ],
      deltas: [{ type: 'wording_only', direction: 'neutral', description: 'Reworded', from: null, to: null, evidence: { a_quote: null, b_quote: null }, rule: 'paired.no-identified-meaning', role: null, polarity: null, why: 'no figure, scope, exception, obligation or standard changes → neutral' }],
    }),
    change({
      id: 'c1',
      clause_type: 'limit',
      a: ref('a4', '4.2', 'Flood', 2, 'Flood limit $1,000,000 any one event.', 300),
      b: ref('b4', '4.2', 'Flood', 2, 'Flood limit $500,000 any one event.', 320),
      direction: 'narrower',
      materiality: 'high',
      materiality_score: 0.95,
      cover_area: 'Property',
      rules: ['change.own-deltas'],
      why: 'flood limit reduced $1,000,000 → $500,000 → narrower',
      diff: [
        { op: 'equal', text: 'Flood limit ' },
        { op: 'delete', text: '$1,000,000' },
        { op: 'insert', text: '$500,000' },
        { op: 'equal', text: ' any one event.' },
      ],
      deltas: [
        {
          type: 'numeric_change',
          direction: 'narrower',
          description: 'Flood limit reduced',
          from: '$1,000,000',
          to: '$500,000',
          evidence: { a_quote: 'Flood limit $1,000,000', b_quote: 'Flood limit $500,000' },
          rule: 'figure.amount-by-role',
          role: 'limit',
          polarity: null,
          why: 'flood limit reduced $1,000,000 → $500,000 → narrower',
        },
      ],
    }),
    change({
      id: 'c2',
      status: 'added',
      clause_type: 'exclusion',
      b: ref('b9', '5.3', 'Cyber', 3, '=We will not pay for cyber events, including "ransomware", data loss\nor outage.', 500),
      direction: 'narrower',
      materiality: 'high',
      materiality_score: 0.9,
      rules: ['one-sided.clause-type'],
      why: 'a exclusion clause added → narrower',
      deltas: [{ type: 'clause_added', direction: 'narrower', description: 'New exclusion', from: null, to: null, evidence: { a_quote: null, b_quote: 'We will not pay for cyber events' }, rule: 'one-sided.clause-type', role: null, polarity: 'restriction', why: 'a exclusion clause added → narrower' }],
    }),
    change({
      id: 'c3',
      status: 'removed',
      clause_type: 'excess',
      a: ref('a9', '6.1', 'Glass excess', 4, 'An excess of $250 applies to glass.', 200),
      direction: 'broader',
      materiality: 'medium',
      materiality_score: 0.5,
    }),
    change({
      id: 'c5',
      status: 'unchanged',
      clause_type: 'definition',
      a: ref('a1', '1', 'Definitions', 1, 'You means the insured.', 100),
      b: ref('b1', '1', 'Definitions', 1, 'You means the insured.', 100),
      similarity: 1,
    }),
  ],
  definitions: [
    { term: 'Flood', status: 'changed', a_text: 'Flood means water.', b_text: 'Flood means rising water.', direction: 'narrower', impacted_change_ids: ['c1'] },
    { term: 'You', status: 'unchanged', a_text: 'x', b_text: 'x', direction: 'neutral', impacted_change_ids: [] },
  ],
  key_figures: [
    {
      label: 'Flood limit',
      category: 'limit',
      a: { value: 1_000_000, currency: '$', text: '$1,000,000', page: 2 },
      b: { value: 500_000, currency: '$', text: '$500,000', page: 2 },
      change_abs: -500_000,
      change_pct: -50,
      direction: 'narrower',
    },
  ],
  dna: { a: {}, b: {} },
  warnings: [],
  timings_ms: {},
};

/**
 * The same result as a store written before results named their rules: no verdict or balance,
 * and no `why`, `rules`, `rule`, `role` or `polarity` on any change or delta. The views must show
 * nothing for them, not break.
 */
export function withoutReasons(result: ComparisonResult): ComparisonResult {
  const { verdict: _verdict, balance: _balance, ...summary } = result.summary;
  const changes = result.changes.map(({ why: _why, rules: _rules, ...c }) => ({
    ...c,
    deltas: c.deltas.map(({ rule: _rule, role: _role, polarity: _polarity, why: _w, ...d }) => d),
  }));
  return { ...result, summary, changes } as unknown as ComparisonResult;
}
