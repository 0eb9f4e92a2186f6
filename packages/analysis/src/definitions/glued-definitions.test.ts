import { describe, expect, it } from 'vitest';
import { splitGluedDefinitions } from './glued-definitions.js';

describe('splitGluedDefinitions', () => {
  it('cuts before a quoted term with a connector that follows the end of a sentence', () => {
    const text = '"Journey" means a trip abroad. "Unattended" means not within your sight. "Valuables" (as listed) means jewellery.';
    expect(splitGluedDefinitions(text, { inDefinitionsSection: true, ownTermKey: 'journey' }).map((s) => s.text)).toEqual([
      '"Journey" means a trip abroad.',
      '"Unattended" means not within your sight.',
      '"Valuables" (as listed) means jewellery.',
    ]);
  });

  it('does not cut where the term restates itself, or where a quoted word is merely used', () => {
    const text = "Fire Accidental combustion. 'Fire' does not include scorching. \"Fire\" means combustion only.";
    expect(splitGluedDefinitions(text.replace(/'/g, '"'), { inDefinitionsSection: true, ownTermKey: 'fire' })).toHaveLength(1);
  });

  it('cuts at a bold term that opens a sentence and is followed by its wording, inside a definitions list only', () => {
    const text = 'Heave Expansion of the land beneath the buildings. Home The house or flat and its garages. We will tell you.';
    const options = { boldSpans: ['Heave', 'buildings', 'Home', 'We'], ownTermKey: 'heave' };
    expect(splitGluedDefinitions(text, { ...options, inDefinitionsSection: true })).toEqual([
      { text: 'Heave Expansion of the land beneath the buildings.', boldTerm: null },
      // "We will tell you." is a sentence that begins with a defined word, not a definition.
      { text: 'Home The house or flat and its garages. We will tell you.', boldTerm: 'Home' },
    ]);
    expect(splitGluedDefinitions(text, { ...options, inDefinitionsSection: false })).toHaveLength(1);
  });

  it('cuts at "Term: means" after the end of a sentence', () => {
    const text = 'Partner: means someone you live with. Period of insurance – means the period on your schedule.';
    expect(splitGluedDefinitions(text, { inDefinitionsSection: false, ownTermKey: 'partner' }).map((s) => s.text)).toEqual([
      'Partner: means someone you live with.',
      'Period of insurance – means the period on your schedule.',
    ]);
  });
});
