/**
 * Perils and subjects of cover named in policy wordings. Each entry is a canonical name and the
 * phrases that mean it; one combined regex per list keeps extraction to a single pass per clause.
 */
export const PERILS: readonly [string, string][] = [
  ['fire', String.raw`fires?|burning|combustion`],
  ['flood', String.raw`floods?|flooding`],
  ['storm', String.raw`storms?|tempest|hurricanes?|cyclones?|typhoons?|tornado(?:es)?`],
  ['theft', String.raw`theft|burglary|stolen|robbery|housebreaking`],
  ['escape of water', String.raw`escape of water|water escaping|leaking water|burst pipes?`],
  ['escape of oil', String.raw`escape of oil|oil escaping|leaking oil`],
  ['subsidence', String.raw`subsidence`],
  ['heave', String.raw`heave`],
  ['landslip', String.raw`landslip|landslides?`],
  ['lightning', String.raw`lightning`],
  ['explosion', String.raw`explosions?`],
  ['earthquake', String.raw`earthquakes?|seismic`],
  ['accidental damage', String.raw`accidental damage`],
  ['malicious damage', String.raw`malicious (?:damage|acts?)|vandalism|vandals`],
  ['riot', String.raw`riots?|civil commotion|strikes?|labour disturbances?`],
  ['terrorism', String.raw`terrorism|terrorists?|acts? of terror`],
  ['war', String.raw`war|invasion|hostilities|civil war|rebellion|revolution|insurrection`],
  ['pandemic', String.raw`pandemics?|epidemics?|communicable diseases?|covid-19|coronavirus`],
  ['pre-existing condition', String.raw`pre-?existing (?:medical )?(?:conditions?|illness|diseases?)`],
  ['impact', String.raw`impact by|collision|hit by`],
  ['freezing', String.raw`freezing|frost`],
  ['smoke', String.raw`smoke`],
  ['falling trees', String.raw`falling trees?|fallen trees?|falling (?:aerials?|satellite dishes?|masts?)`],
  ['wear and tear', String.raw`wear and tear|gradual deterioration|gradually operating`],
  ['mould', String.raw`mould|mildew|rot|fungus`],
  ['vermin', String.raw`vermin|insects?|pests?|rodents?|moths?`],
  ['cyber', String.raw`cyber|computer virus|hacking`],
  ['nuclear', String.raw`nuclear|radioactive|radiation|ionising`],
  ['pollution', String.raw`pollution|contamination|pollutants?`],
  ['mechanical breakdown', String.raw`mechanical (?:or electrical )?breakdown|electrical breakdown`],
  ['illness', String.raw`illness|sickness|disease`],
  ['injury', String.raw`bodily injury|injury|injuries`],
  ['death', String.raw`death|dies|died`],
  ['delay', String.raw`delay(?:s|ed)?`],
];

/**
 * Perils policies name to exclude them rather than to cover them: a wider definition of one of
 * these widens what is excluded, however often the term also appears in covers.
 */
export const EXCLUDED_PERILS: ReadonlySet<string> = new Set([
  'war',
  'terrorism',
  'pandemic',
  'pre-existing condition',
  'wear and tear',
  'mould',
  'vermin',
  'cyber',
  'nuclear',
  'pollution',
  'mechanical breakdown',
]);

export const SUBJECTS: readonly [string, string][] = [
  ['buildings', String.raw`buildings?`],
  ['contents', String.raw`contents`],
  ['valuables', String.raw`valuables?`],
  ['jewellery', String.raw`jewell?ery|watches|precious metals?`],
  ['money', String.raw`money|cash|bank ?notes|currency`],
  ['pedal cycles', String.raw`pedal cycles?|bicycles?|e-?bikes?`],
  ['personal possessions', String.raw`personal (?:possessions|belongings|effects)`],
  ['electronics', String.raw`laptops?|mobile (?:phones?|devices?)|tablets?|computers?|electronic equipment`],
  ['baggage', String.raw`baggage|luggage|suitcases?`],
  ['documents', String.raw`documents|passports?|deeds`],
  ['vehicle', String.raw`vehicles?|cars?|motorcycles?|caravans?|trailers?`],
  ['garden', String.raw`gardens?|plants|trees|shrubs`],
  ['outbuildings', String.raw`outbuildings?|sheds?|garages?`],
  ['frozen food', String.raw`frozen food|freezer contents|refrigerated`],
  ['keys and locks', String.raw`keys?|locks?`],
  ['alternative accommodation', String.raw`alternative accommodation|loss of rent`],
  ['medical expenses', String.raw`medical (?:expenses|treatment|costs)|hospital(?:isation)?|in-?patient|surgery`],
  ['legal expenses', String.raw`legal (?:expenses|costs)`],
  ['liability', String.raw`liability|liable`],
  ['pets', String.raw`pets?|dogs?|cats?|animals?`],
  ['business equipment', String.raw`business equipment|home office equipment`],
  ['trip', String.raw`trips?|journeys?|holidays?`],
  ['fixtures and fittings', String.raw`fixtures and fittings`],
  ['glass', String.raw`glass|glazing|windows?|sanitary(?:ware| fittings)`],
];

function compile(list: readonly [string, string][]): { pattern: RegExp; names: string[] } {
  return {
    pattern: new RegExp(list.map(([, alt]) => `\\b(${alt})\\b`).join('|'), 'gi'),
    names: list.map(([name]) => name),
  };
}

const PERIL_MATCHER = compile(PERILS);
const SUBJECT_MATCHER = compile(SUBJECTS);

function findAll(text: string, matcher: { pattern: RegExp; names: string[] }): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  for (const m of text.matchAll(matcher.pattern)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    if (group > 0) out.push({ name: matcher.names[group - 1], index: m.index ?? 0 });
  }
  return out;
}

function unique(found: { name: string }[]): string[] {
  return [...new Set(found.map((f) => f.name))];
}

export function findPerils(text: string): string[] {
  return unique(findAll(text, PERIL_MATCHER));
}

export function findSubjects(text: string): string[] {
  return unique(findAll(text, SUBJECT_MATCHER));
}

/** Subjects with their offsets, for picking the subject nearest to an amount. */
export function locateSubjects(text: string): { name: string; index: number }[] {
  return findAll(text, SUBJECT_MATCHER);
}
