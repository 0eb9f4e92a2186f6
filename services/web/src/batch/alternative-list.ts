/** The alternatives a batch may hold (the gateway's MAX_BATCH_ALTERNATIVES). */
export const MAX_ALTERNATIVES = 20;

interface Named {
  name: string;
  size: number;
}

/**
 * Adds picked or dropped files to the alternatives: the same file twice is kept once, and files
 * past the limit are refused with a reason rather than silently dropped.
 */
export function addAlternatives<F extends Named>(current: F[], added: F[], max = MAX_ALTERNATIVES): { files: F[]; refused: string | null } {
  // Name and size, not lastModified: a file dropped again from another folder or tab is still the same quote.
  const same = (a: F, b: F) => a.name === b.name && a.size === b.size;
  const files = [...current];
  let duplicates = 0;
  let over = 0;
  for (const f of added) {
    if (files.some((g) => same(f, g))) duplicates++;
    else if (files.length >= max) over++;
    else files.push(f);
  }
  const reasons = [];
  if (over) reasons.push(`${over} ${over === 1 ? 'file was' : 'files were'} not added: a batch holds at most ${max} alternatives`);
  if (duplicates) reasons.push(`${duplicates} ${duplicates === 1 ? 'file is' : 'files are'} already in the list`);
  return { files, refused: reasons.length ? `${reasons.join('; ')}.` : null };
}

export function removeAlternative<F>(current: F[], index: number): F[] {
  return current.filter((_, i) => i !== index);
}
