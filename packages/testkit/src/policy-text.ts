/**
 * Turns the policy model into its printed units, in reading order: the exact strings the renderer
 * draws and the ground truth quotes. Numbering is derived from position here and nowhere else, so
 * an inserted or moved clause renumbers the ones after it exactly as a real redraft would.
 */
import { numberInWords } from './number-words.js';
import type { CurrencyCode, Figure, InfoPage, PolicyDocument } from './policy-model.js';

export type UnitKind = 'heading' | 'paragraph' | 'clause' | 'item' | 'definition' | 'schedule_row' | 'table_row';

export interface PolicyUnit {
  id: string;
  kind: UnitKind;
  /** Printed numbering: "Section 2", "2.3", "(a)", or null. */
  number: string | null;
  /** Full path: "2.3(a)" for an item, "2.3" for a clause, "Section 2" for a section heading. */
  section: string | null;
  /** Heading level for headings: 1 = section, 2 = group. */
  level: number;
  /** Bold lead-in (clause title, defined term, schedule label) printed before `body`. */
  lead: string | null;
  body: string;
  /** What a text extractor should read for this unit (lead and body joined by one space). */
  text: string;
  /** Id of the enclosing section ("front" for the front matter, "info.<kind>" for an information page). */
  sectionId: string;
  /** Table rows only: the cells, left to right (`body` is them joined by spaces). */
  cells?: string[];
  /** Table rows only: a header row, printed bold. */
  header?: boolean;
}

const SYMBOLS: Record<CurrencyCode, string> = { GBP: '£', AUD: '$', SGD: 'S$', INR: 'Rs. ' };

function groupThousands(integer: string, currency: CurrencyCode): string {
  if (currency === 'INR' && integer.length > 3) {
    // Indian grouping: the last three digits, then pairs (5,00,000).
    const head = integer.slice(0, -3);
    const tail = integer.slice(-3);
    return `${head.replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${tail}`;
  }
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatMoney(value: number, currency: CurrencyCode): string {
  const whole = Number.isInteger(value);
  const fixed = whole ? String(value) : value.toFixed(2);
  const [integer, fraction] = fixed.split('.');
  return `${SYMBOLS[currency]}${groupThousands(integer, currency)}${fraction ? `.${fraction}` : ''}`;
}

const UNIT_WORDS: Record<string, [string, string]> = {
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  business_day: ['business day', 'business days'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

export function formatFigure(figure: Figure, currency: CurrencyCode): string {
  if (figure.kind === 'money') return formatMoney(figure.value, currency);
  if (figure.kind === 'percent') return `${figure.value}%`;
  const [one, many] = UNIT_WORDS[figure.unit];
  const unit = figure.value === 1 ? one : many;
  const words = numberInWords(figure.value);
  // Fractions and large numbers have no word form; they print in digits whatever the style.
  if (words === String(figure.value)) return `${figure.value} ${unit}`;
  if (figure.style === 'words') return `${words} ${unit}`;
  if (figure.style === 'words_digits') return `${words} (${figure.value}) ${unit}`;
  return `${figure.value} ${unit}`;
}

export function fillTemplate(template: string, figures: readonly Figure[], currency: CurrencyCode): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const figure = figures[Number(index)];
    if (!figure) throw new Error(`template refers to missing figure ${match}: ${template}`);
    return formatFigure(figure, currency);
  });
}

export function itemLabel(index: number): string {
  return `(${String.fromCharCode(97 + index)})`;
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unit(partial: Omit<PolicyUnit, 'text'>): PolicyUnit {
  return { ...partial, text: partial.lead ? `${partial.lead} ${partial.body}` : partial.body };
}

export function scheduleValueText(value: Figure | string, currency: CurrencyCode): string {
  return typeof value === 'string' ? value : formatFigure(value, currency);
}

export function definitionsHeading(policy: PolicyDocument): string {
  return policy.definitionsNumbered ? 'Section 1 – Definitions' : 'Definitions';
}

export function sectionNumber(policy: PolicyDocument, index: number): number {
  return index + (policy.definitionsNumbered ? 2 : 1);
}

/** The units of one information page: its title (a level-1 heading), then its blocks. */
export function infoPageUnits(page: InfoPage): PolicyUnit[] {
  const sectionId = `info.${page.kind}`;
  const units: PolicyUnit[] = [unit({ id: page.id, kind: 'heading', number: null, section: null, level: 1, lead: null, body: page.title, sectionId })];
  for (const block of page.blocks) {
    if (block.cells) {
      units.push({
        ...unit({ id: block.id, kind: 'table_row', number: null, section: null, level: 0, lead: null, body: block.cells.join(' '), sectionId }),
        cells: block.cells,
        ...(block.header ? { header: true } : {}),
      });
    } else {
      units.push(unit({ id: block.id, kind: 'paragraph', number: null, section: null, level: 0, lead: null, body: block.text ?? '', sectionId }));
    }
  }
  return units;
}

/** Every printed unit after the contents, in reading order: front information pages, the schedule onwards, back information pages. */
export function policyUnits(policy: PolicyDocument): PolicyUnit[] {
  const units: PolicyUnit[] = [];
  const { currency } = policy;

  for (const page of policy.infoPages) if (page.placement === 'front') units.push(...infoPageUnits(page));

  units.push(unit({ id: `${policy.product}.schedule`, kind: 'heading', number: null, section: null, level: 1, lead: null, body: 'Your schedule', sectionId: 'schedule' }));
  for (const row of policy.schedule) {
    units.push(
      unit({ id: row.id, kind: 'schedule_row', number: null, section: null, level: 0, lead: row.label, body: scheduleValueText(row.value, currency), sectionId: 'schedule' }),
    );
  }

  units.push(unit({ id: `${policy.product}.about`, kind: 'heading', number: null, section: null, level: 1, lead: null, body: 'About this policy', sectionId: 'about' }));
  policy.intro.forEach((paragraph, index) => {
    units.push(unit({ id: `${policy.product}.intro.${index + 1}`, kind: 'paragraph', number: null, section: null, level: 0, lead: null, body: paragraph, sectionId: 'about' }));
  });

  const definitionsSection = policy.definitionsNumbered ? 'Section 1' : null;
  units.push(
    unit({ id: `${policy.product}.definitions`, kind: 'heading', number: definitionsSection, section: definitionsSection, level: 1, lead: null, body: definitionsHeading(policy), sectionId: 'definitions' }),
  );
  for (const definition of policy.definitions) {
    const quoted = policy.definitionStyle === 'quoted_means';
    units.push(
      unit({
        id: definition.id,
        kind: 'definition',
        number: null,
        section: definitionsSection,
        level: 0,
        lead: quoted ? null : definition.term,
        body: quoted ? `"${definition.term}" means ${fillTemplate(definition.text, definition.figures, currency)}` : capitaliseFirst(fillTemplate(definition.text, definition.figures, currency)),
        sectionId: 'definitions',
      }),
    );
  }

  policy.sections.forEach((section, sectionIndex) => {
    const n = sectionNumber(policy, sectionIndex);
    const sectionLabel = `Section ${n}`;
    units.push(unit({ id: section.id, kind: 'heading', number: sectionLabel, section: sectionLabel, level: 1, lead: null, body: `${sectionLabel} – ${section.title}`, sectionId: section.id }));
    if (section.intro) {
      units.push(unit({ id: `${section.id}.intro`, kind: 'paragraph', number: null, section: sectionLabel, level: 0, lead: null, body: section.intro, sectionId: section.id }));
    }
    let clauseIndex = 0;
    for (const group of section.groups) {
      if (group.clauses.length === 0) continue;
      units.push(unit({ id: group.id, kind: 'heading', number: null, section: sectionLabel, level: 2, lead: null, body: group.heading, sectionId: section.id }));
      for (const clause of group.clauses) {
        clauseIndex++;
        const number = `${n}.${clauseIndex}`;
        units.push(
          unit({
            id: clause.id,
            kind: 'clause',
            number,
            section: number,
            level: 0,
            lead: clause.title ? `${clause.title}.` : null,
            body: fillTemplate(clause.text, clause.figures, currency),
            sectionId: section.id,
          }),
        );
        clause.items.forEach((item, itemIndex) => {
          const label = itemLabel(itemIndex);
          units.push(
            unit({ id: item.id, kind: 'item', number: label, section: `${number}${label}`, level: 1, lead: null, body: fillTemplate(item.text, item.figures, currency), sectionId: section.id }),
          );
        });
      }
    }
  });
  for (const page of policy.infoPages) if (page.placement === 'back') units.push(...infoPageUnits(page));
  return units;
}

/** The logical text of a policy: one unit per line, numbering included, no page furniture. */
export function policyPlainText(policy: PolicyDocument): string {
  const lines = [policy.title, policy.insurer, `Policy form ${policy.formCode}`, `Effective from ${policy.effectiveFrom}`, ''];
  for (const u of policyUnits(policy)) {
    const number = u.kind === 'clause' || u.kind === 'item' ? `${u.number} ` : '';
    lines.push(`${number}${u.text}`);
  }
  return `${lines.join('\n')}\n`;
}
