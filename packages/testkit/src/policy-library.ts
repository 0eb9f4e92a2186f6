/**
 * Builds a PolicyDocument from the clause library: product sections, shared sections, and as many
 * endorsement sections as the requested size needs. Ids are derived from the library position, so
 * the same clause has the same id in every policy built from it.
 */
import { COMMERCIAL_LIBRARY } from './library/commercial-library.js';
import { HEALTH_LIBRARY } from './library/health-library.js';
import { HOME_LIBRARY } from './library/home-library.js';
import type { ClauseSpec, FillerVocabulary, InfoPageSpec, PoolSpec, ProductLibrary, SectionSpec } from './library/library-spec.js';
import { MOTOR_LIBRARY } from './library/motor-library.js';
import { SHARED_POOLS, SHARED_SECTIONS } from './library/shared-library.js';
import { TRAVEL_LIBRARY } from './library/travel-library.js';
import { isFigureRole } from './figure-roles.js';
import type {
  ClauseGroup,
  Figure,
  InfoPage,
  PolicyClause,
  PolicyDefinition,
  PolicyDocument,
  PolicySection,
  ProductKind,
  RewriteKey,
  ScheduleRow,
  TextVariant,
} from './policy-model.js';
import { createRandom, type Random } from './random.js';

const LIBRARIES: Record<ProductKind, ProductLibrary> = {
  home: HOME_LIBRARY,
  commercial: COMMERCIAL_LIBRARY,
  travel: TRAVEL_LIBRARY,
  health: HEALTH_LIBRARY,
  motor: MOTOR_LIBRARY,
};

export function getProductLibrary(product: ProductKind): ProductLibrary {
  const library = LIBRARIES[product];
  if (!library) throw new RangeError(`unknown product "${product}"`);
  return library;
}

/**
 * Body text characters that fill one rendered page, including the spacing between blocks.
 * Calibrated against policy-render.ts (single column, 10pt); used only to decide how many
 * endorsement sections a size needs.
 */
const CHARACTERS_PER_PAGE = 5700;
/** Cover, contents and the schedule. */
const FRONT_MATTER_PAGES = 3;
/** Sizes at or below this are "mini" policies for fast system tests. */
const MINI_PAGES = 6;

const FIGURE_PATTERN = /\{(m|p|pc):([a-z_]+):([\d.]+)(?::([a-z_]+))?(?::([a-z_]+))?\}/g;
const PERIOD_UNITS = new Set(['hour', 'day', 'business_day', 'month', 'year']);
const STYLES = new Set(['digits', 'words', 'words_digits']);

/** Replaces inline figures by {n} placeholders (numbered from `offset`) and returns the figures. */
export function parseInlineFigures(source: string, offset = 0): { text: string; figures: Figure[] } {
  const figures: Figure[] = [];
  const text = source.replace(FIGURE_PATTERN, (match, kind: string, role: string, value: string, unit?: string, style?: string) => {
    if (!isFigureRole(role)) throw new Error(`unknown figure role in ${match}`);
    const amount = Number(value);
    if (kind === 'm') figures.push({ kind: 'money', role: role as Extract<Figure, { kind: 'money' }>['role'], value: amount });
    else if (kind === 'p') {
      if (unit !== undefined && !PERIOD_UNITS.has(unit)) throw new Error(`unknown period unit in ${match}`);
      if (style !== undefined && !STYLES.has(style)) throw new Error(`unknown number style in ${match}`);
      figures.push({
        kind: 'period',
        role: role as Extract<Figure, { kind: 'period' }>['role'],
        value: amount,
        unit: (unit ?? 'day') as Extract<Figure, { kind: 'period' }>['unit'],
        ...(style && style !== 'digits' ? { style: style as Extract<Figure, { kind: 'period' }>['style'] } : {}),
      });
    } else figures.push({ kind: 'percent', role: role as Extract<Figure, { kind: 'percent' }>['role'], value: amount });
    return `{${offset + figures.length - 1}}`;
  });
  return { text, figures };
}

/**
 * A verbatim fragment of an authored text (inline figures and all) in the template form the
 * parsed text holds: its figures numbered as they are in the whole text.
 */
export function toTemplate(source: string, fragment: string): string {
  const at = source.indexOf(fragment);
  if (at === -1) throw new Error(`library variant does not quote its text: "${fragment}" not in "${source}"`);
  const before = source.slice(0, at).match(FIGURE_PATTERN)?.length ?? 0;
  return parseInlineFigures(fragment, before).text;
}

/** A variant found by its `from` (made template form) and inserted as authored (`to` parsed when applied). */
function findable(source: string, variant: TextVariant): TextVariant {
  return { from: toTemplate(source, variant.from), to: variant.to };
}

export function buildClause(id: string, spec: ClauseSpec): PolicyClause {
  const { text, figures } = parseInlineFigures(spec.text);
  const rewrites = Object.entries(spec.rewrites ?? {}).map(([key, variant]) => [key, findable(spec.text, variant)] as const);
  return {
    id,
    role: spec.role,
    ...(spec.title ? { title: spec.title } : {}),
    text,
    figures,
    items: (spec.items ?? []).map((item, index) => {
      const parsed = parseInlineFigures(item);
      return { id: `${id}.i${index + 1}`, text: parsed.text, figures: parsed.figures };
    }),
    variants: {
      ...(spec.widen ? { widen: findable(spec.text, spec.widen) } : {}),
      ...(spec.narrow ? { narrow: findable(spec.text, spec.narrow) } : {}),
      ...(spec.carveOut !== undefined ? { carveOut: spec.carveOut } : {}),
      ...(spec.carveOutPresent ? { carveOutPresent: toTemplate(spec.text, spec.carveOutPresent) } : {}),
      ...(spec.sentences ? { sentences: spec.sentences.map((sentence) => ({ ...sentence, text: toTemplate(spec.text, sentence.text) })) } : {}),
      ...(spec.additions ? { additions: spec.additions.map((sentence) => ({ ...sentence })) } : {}),
      ...(rewrites.length > 0 ? { rewrites: Object.fromEntries(rewrites) as Partial<Record<RewriteKey, TextVariant>> } : {}),
      ...(spec.capPresent ? { capPresent: toTemplate(spec.text, spec.capPresent) } : {}),
      ...(spec.percentOf ? { percentOf: { ...spec.percentOf } } : {}),
      ...(spec.extraItems ? { extraItems: [...spec.extraItems] } : {}),
    },
  };
}

function buildSection(product: ProductKind, spec: SectionSpec): PolicySection {
  const sectionId = `${product}.${spec.key}`;
  return {
    id: sectionId,
    title: spec.title,
    ...(spec.intro ? { intro: spec.intro } : {}),
    groups: spec.groups.map((group, gi) => ({
      id: `${sectionId}.g${gi + 1}`,
      heading: group.heading,
      clauses: group.clauses.map((clause, ci) => buildClause(`${sectionId}.g${gi + 1}.c${ci + 1}`, clause)),
    })),
  };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

function buildDefinitions(library: ProductLibrary): PolicyDefinition[] {
  return library.definitions.map((definition) => {
    const { text, figures } = parseInlineFigures(definition.text);
    return {
      id: `${library.product}.def.${slug(definition.term)}`,
      term: definition.term,
      text,
      figures,
      variants: {
        ...(definition.widen ? { widen: { ...findable(definition.text, definition.widen), direction: definition.widen.direction } } : {}),
        ...(definition.narrow ? { narrow: { ...findable(definition.text, definition.narrow), direction: definition.narrow.direction } } : {}),
        ...(definition.restate ? { restate: findable(definition.text, definition.restate) } : {}),
      },
    };
  });
}

function buildInfoPage(product: ProductKind, spec: InfoPageSpec): InfoPage {
  const id = `${product}.info.${spec.kind}`;
  const blocks = spec.blocks.map((block, index) =>
    typeof block === 'string'
      ? { id: `${id}.b${index + 1}`, text: block }
      : { id: `${id}.b${index + 1}`, cells: [...block.cells], ...(block.header ? { header: true } : {}) },
  );
  if (!blocks[spec.keyBlock]) throw new Error(`info page ${id} has no block ${spec.keyBlock}`);
  return { id, kind: spec.kind, title: spec.title, placement: spec.placement, blocks, keyBlock: blocks[spec.keyBlock].id };
}

/** Every information page the product's market binds with a wording, in print order (front pages first). */
export function getInfoPages(product: ProductKind): InfoPage[] {
  const library = getProductLibrary(product);
  const pages = library.infoPages.map((spec) => buildInfoPage(product, spec));
  return [...pages.filter((p) => p.placement === 'front'), ...pages.filter((p) => p.placement === 'back')];
}

/** The product's sections and then the shared ones, as this market prints them (a mini policy without the extra groups). */
function sectionSpecs(library: ProductLibrary, mini: boolean): SectionSpec[] {
  const replacements = new Map((library.replaceShared ?? []).map((spec) => [spec.key, spec]));
  const shared = SHARED_SECTIONS.map((spec) => {
    const base = replacements.get(spec.key) ?? spec;
    const extra = mini ? [] : (library.extendShared?.[spec.key] ?? []);
    return extra.length > 0 ? { ...base, groups: [...base.groups, ...extra] } : base;
  });
  return [...library.sections, ...shared];
}

function buildSchedule(library: ProductLibrary): ScheduleRow[] {
  return library.schedule.map((row, index) => {
    const parsed = parseInlineFigures(row.value);
    const value: Figure | string = parsed.figures.length === 1 && parsed.text === '{0}' ? parsed.figures[0] : row.value;
    return { id: `${library.product}.sched.${index + 1}`, label: row.label, value, category: row.category };
  });
}

/** A clause an edit may insert, with the place it belongs. */
export interface PoolEntry {
  sectionId: string;
  groupHeading: string;
  clause: PolicyClause;
}

export interface LibraryPools {
  exclusions: PoolEntry[];
  extensions: PoolEntry[];
  conditions: PoolEntry[];
  sublimits: PoolEntry[];
  optional: PoolEntry[];
}

export function getLibraryPools(product: ProductKind): LibraryPools {
  const library = getProductLibrary(product);
  const build = (kind: string, entries: PoolSpec[]): PoolEntry[] =>
    entries.map((entry, index) => ({
      sectionId: `${product}.${entry.sectionKey}`,
      groupHeading: entry.groupHeading,
      clause: buildClause(`${product}.${entry.sectionKey}.pool.${kind}${index + 1}`, entry.clause),
    }));
  return {
    exclusions: [...build('x', library.pools.exclusions), ...build('sx', SHARED_POOLS.exclusions)],
    extensions: build('e', library.pools.extensions),
    conditions: [...build('k', library.pools.conditions), ...build('sk', SHARED_POOLS.conditions)],
    sublimits: build('s', library.pools.sublimits),
    optional: build('o', library.pools.optional),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Endorsement clauses for long policies: every (frame, subject, cause) triple is used at most once
 * per cycle and the money, period and condition are drawn per clause, so no paragraph repeats.
 */
function* fillerClauses(product: ProductKind, vocabulary: FillerVocabulary, random: Random): Generator<ClauseSpec & { frameRole: string }> {
  const seen = new Set<string>();
  for (let cycle = 0; cycle < 8; cycle++) {
    const triples: [number, number, number][] = [];
    for (let f = 0; f < vocabulary.frames.length; f++) {
      for (let s = 0; s < vocabulary.subjects.length; s++) {
        for (let c = 0; c < vocabulary.causes.length; c++) triples.push([f, s, c]);
      }
    }
    for (const [f, s, c] of random.shuffle(triples)) {
      const frame = vocabulary.frames[f];
      const amountIndex = random.int(2, vocabulary.amounts.length - 1);
      const money = vocabulary.amounts[amountIndex];
      const money2 = vocabulary.amounts[random.int(0, Math.max(0, amountIndex - 2))];
      const days = random.pick([14, 21, 30, 45, 60, 90]);
      const moneyRole = frame.role === 'limit' ? 'sublimit' : 'limit';
      const text = frame.text
        .replace('{subject}', vocabulary.subjects[s])
        .replace('{cause}', vocabulary.causes[c])
        .replace('{condition}', random.pick(vocabulary.conditions))
        .replace('{money2}', `{m:excess:${money2}}`)
        .replace('{money}', `{m:${moneyRole}:${money}}`)
        .replace('{days} days', `{p:${frame.daysRole ?? 'other'}:${days}:day}`);
      if (seen.has(text)) continue;
      seen.add(text);
      const withItems = frame.role === 'condition' && random.chance(0.35);
      yield {
        role: frame.role,
        frameRole: frame.role,
        title: capitalise(vocabulary.subjects[s]),
        text: withItems ? `${text} In addition:` : text,
        ...(withItems
          ? { items: random.shuffle(vocabulary.conditions).slice(0, 3).map((condition, i, all) => `${condition}${i === all.length - 1 ? '.' : ';'}`) }
          : {}),
      };
    }
  }
}

const FILLER_GROUP_HEADINGS: Record<string, string> = {
  extension: 'Additional cover',
  limit: 'Limits',
  exclusion: 'What is not covered',
  condition: 'Conditions',
};

function contentCharacters(sections: PolicySection[]): number {
  let total = 0;
  for (const section of sections) {
    total += 200 + (section.intro?.length ?? 0);
    for (const group of section.groups) {
      total += 150;
      for (const clause of group.clauses) {
        total += clause.text.length + (clause.title?.length ?? 0) + 140;
        for (const item of clause.items) total += item.text.length + 100;
      }
    }
  }
  return total;
}

function buildFillerSections(product: ProductKind, library: ProductLibrary, random: Random, charactersNeeded: number): PolicySection[] {
  const sections: PolicySection[] = [];
  const clauses = fillerClauses(product, library.filler, random);
  let characters = 0;
  let clauseNumber = 0;
  for (let s = 0; characters < charactersNeeded; s++) {
    const titles = library.filler.sectionTitles;
    const part = Math.floor(s / titles.length);
    const title = part === 0 ? titles[s % titles.length] : `${titles[s % titles.length]} (part ${part + 1})`;
    const sectionId = `${product}.fill${s + 1}`;
    const groups = new Map<string, ClauseGroup>();
    const clauseCount = random.int(10, 16);
    for (let i = 0; i < clauseCount; i++) {
      const next = clauses.next();
      if (next.done) break;
      const { frameRole, ...spec } = next.value;
      const heading = FILLER_GROUP_HEADINGS[frameRole] ?? 'Additional cover';
      let group = groups.get(heading);
      if (!group) {
        group = { id: `${sectionId}.g${groups.size + 1}`, heading, clauses: [] };
        groups.set(heading, group);
      }
      clauseNumber++;
      group.clauses.push(buildClause(`${sectionId}.c${clauseNumber}`, spec));
    }
    if (groups.size === 0) break;
    const section: PolicySection = {
      id: sectionId,
      title,
      intro: 'The endorsements in this section apply only where they are shown in your schedule, and are subject to all other terms of this policy.',
      groups: [...groups.values()],
    };
    characters += contentCharacters([section]);
    sections.push(section);
  }
  return sections;
}

const EFFECTIVE_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The "A" policy for a seed, product and approximate page count. Pure: the same arguments always
 * give a deep-equal document.
 */
export function generatePolicy(seed: number, product: ProductKind, pages = 10): PolicyDocument {
  const library = getProductLibrary(product);
  const random = createRandom(seed).fork(`policy:${product}`);
  const mini = pages <= MINI_PAGES;
  const year = random.int(2021, 2025);
  const month = random.int(0, 11);

  let definitions = buildDefinitions(library);
  let sections = sectionSpecs(library, mini).map((spec) => buildSection(product, spec));
  // A few of the market's information pages are bound with the wording (none in a mini policy).
  const available = getInfoPages(product);
  const infoRandom = random.fork('info');
  const infoCount = mini ? 0 : Math.min(available.length, pages <= 10 ? infoRandom.int(2, 3) : infoRandom.int(3, 5));
  const chosen = new Set(infoRandom.shuffle(available).slice(0, infoCount).map((page) => page.id));
  const infoPages = available.filter((page) => chosen.has(page.id));
  if (mini) {
    definitions = definitions.slice(0, 8);
    const shared = new Set([`${product}.claims`, `${product}.cancellation`]);
    sections = [...sections.slice(0, 2), ...sections.filter((section) => shared.has(section.id))];
  } else {
    const needed = (pages - FRONT_MATTER_PAGES - infoPages.length) * CHARACTERS_PER_PAGE;
    const have =
      contentCharacters(sections) +
      definitions.reduce((sum, definition) => sum + definition.text.length + definition.term.length + 100, 0) +
      library.intro.join(' ').length;
    if (needed > have) sections = [...sections, ...buildFillerSections(product, library, random.fork('filler'), needed - have)];
  }

  return {
    product,
    insurer: library.insurer,
    insurerCode: library.insurerCode,
    formCode: `${library.formPrefix} ${String(month + 1).padStart(2, '0')}/${String(year).slice(2)}`,
    title: library.title,
    currency: library.currency,
    effectiveFrom: `1 ${EFFECTIVE_MONTHS[month]} ${year}`,
    intro: library.intro.slice(),
    schedule: buildSchedule(library),
    definitionStyle: random.chance(0.25) ? (library.definitionStyle === 'bold_list' ? 'quoted_means' : 'bold_list') : library.definitionStyle,
    definitions,
    definitionsNumbered: false,
    sections,
    infoPages,
  };
}
