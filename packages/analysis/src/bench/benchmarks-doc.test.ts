import { describe, expect, it } from 'vitest';
import { replaceAccuracySection } from './benchmarks-doc.js';

describe('replaceAccuracySection', () => {
  it('creates the document when there is none', () => {
    expect(replaceAccuracySection(null, '## Accuracy\n\nfigures')).toBe('# Benchmarks\n\n## Accuracy\n\nfigures\n');
  });

  it('replaces only its own section, keeping the sections around it', () => {
    const doc = '# Benchmarks\n\nIntro.\n\n## Accuracy\n\nold figures\n\n### Generated\n\nold\n\n## Performance\n\nthroughput 5/s\n';
    const next = replaceAccuracySection(doc, '## Accuracy\n\nnew figures\n\n### Generated\n\nnew');
    expect(next).toBe('# Benchmarks\n\nIntro.\n\n## Accuracy\n\nnew figures\n\n### Generated\n\nnew\n\n## Performance\n\nthroughput 5/s\n');
    expect(replaceAccuracySection(next, '## Accuracy\n\nnew figures\n\n### Generated\n\nnew')).toBe(next);
  });

  it('appends the section to a document that lacks it', () => {
    expect(replaceAccuracySection('# Benchmarks\n\n## Performance\n\nfast\n', 'figures')).toBe('# Benchmarks\n\n## Performance\n\nfast\n\n## Accuracy\n\nfigures\n');
  });
});
