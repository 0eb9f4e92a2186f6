/**
 * The cover area a clause belongs to, from the nearest cover-like heading ("Section 1 – Buildings",
 * "Personal Accident Benefit", "Public Liability") or a schedule row label. Generic headings
 * ("What is not covered", "Conditions") are skipped in favour of the section above them.
 */
const COVER_AREAS: readonly [string, RegExp][] = [
  ['Buildings', /\bbuildings?\b/i],
  ['Contents', /\bcontents\b/i],
  ['Personal Possessions', /\b(personal (possessions|belongings|effects)|possessions away from)/i],
  ['Valuables', /\bvaluables\b/i],
  ['Pedal Cycles', /\b(pedal )?(bi)?cycles?\b/i],
  ['Public Liability', /\b(public|third[- ]party|personal|property owners'?|occupiers'?) liability\b/i],
  ['Employers Liability', /\bemployers'? liability\b/i],
  ['Legal Expenses', /\blegal (expenses|protection|costs|cover)\b/i],
  ['Home Emergency', /\bhome emergency\b/i],
  ['Accidental Damage', /\baccidental damage\b/i],
  ['Alternative Accommodation', /\b(alternative accommodation|loss of rent)\b/i],
  ['Medical Expenses', /\b(medical (and [a-z ]+ )?expenses|overseas medical|emergency medical|hospitali[sz]ation|in-?patient|medical treatment|hospital cash)\b/i],
  ['Personal Accident', /\bpersonal accident\b/i],
  ['Critical Illness', /\bcritical illness\b/i],
  ['Travel Delay', /\b(travel|flight|departure|baggage) delay\b/i],
  ['Trip Cancellation', /\b(trip|travel|journey) (cancellation|curtailment|postponement|disruption)|\bcancellation (or|and) curtailment\b/i],
  ['Baggage', /\b(baggage|luggage|personal belongings)\b/i],
  ['Money', /\b(personal )?money\b/i],
  ['Motor Vehicle', /\b(your (car|vehicle)|motor|vehicle damage|comprehensive cover)\b/i],
  ['Third Party Property', /\bthird[- ]party property\b/i],
  ['Business Equipment', /\bbusiness equipment\b/i],
  ['Cyber', /\bcyber\b/i],
  ['Pets', /\bpets?\b/i],
];

/** Headings that describe a kind of clause, not an area of cover. */
const GENERIC_HEADING =
  /^(?:(?:section|part)\s+[0-9a-z]+\s*[:.–-]?\s*)?(what is (not )?covered|what (we|you) (will |do )?(not )?(cover|pay)|exclusions?|general exclusions|conditions?|general conditions|claims?( conditions| procedure)?|definitions?|limits?|excess(es)?|special conditions|extensions?|how to claim|making a claim|important information|the cover|your cover|cover|covered|benefits?|policy (wording|conditions|exclusions)|introduction)\s*$/i;

const SECTION_TITLE = /^(?:section|part|cover|benefit)\s+[0-9a-z]{1,3}\s*[:.–-]?\s*(.+)$/i;

function tidy(title: string): string {
  return title
    .replace(/\b(cover|insurance|section|benefits?)\b\s*$/i, '')
    .replace(/[:.–-]+\s*$/, '')
    .trim();
}

/** A cover area named in one heading or row label, or null. */
export function coverAreaOf(text: string): string | null {
  const t = text.trim();
  // A heading carrying amounts is a table line the layout promoted, not a cover title.
  if (t.length === 0 || t.length > 120 || /[£$€₹]\s?\d/.test(t)) return null;
  for (const [area, pattern] of COVER_AREAS) if (pattern.test(t)) return area;
  const section = SECTION_TITLE.exec(t);
  if (section && !GENERIC_HEADING.test(t)) {
    const title = tidy(section[1]);
    if (title.length >= 3 && title.split(/\s+/).length <= 6) return title;
  }
  return null;
}

export function isGenericHeading(text: string): boolean {
  return GENERIC_HEADING.test(text.trim());
}

/** The nearest cover area in the heading path (nearest heading first), or null. */
export function coverAreaFromPath(headingPath: readonly string[], label?: string): string | null {
  if (label) {
    const fromLabel = coverAreaOf(label);
    if (fromLabel) return fromLabel;
  }
  for (let i = headingPath.length - 1; i >= 0; i--) {
    const heading = headingPath[i];
    if (isGenericHeading(heading)) continue;
    // General sections apply to every cover, so they have no single area.
    if (/\bgeneral\b|\bdefinitions?\b|\bcomplaints?\b/i.test(heading)) return null;
    const area = coverAreaOf(heading);
    if (area) return area;
  }
  return null;
}
