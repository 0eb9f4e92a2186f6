import {
  alignClauses,
  analyzeLayout,
  classifyClauses,
  extractDefinitions,
  extractDna,
  interpretDeltas,
  LayoutInputError,
  summariseChanges,
  type AlignmentResult,
  type AnalyzedDocument,
  type ClassificationResult,
  type DefinitionsResult,
  type DeltaResult,
  type DnaResult,
  type LayoutDocument,
} from '@policydiff/analysis';
import type { DocumentSide, Stage, WorkPayload } from '@policydiff/contracts';
import type { Store } from '@policydiff/store';
// The subpath without ioredis: stage threads never talk to Redis.
import { UnrecoverableError } from '@policydiff/streams/errors';
import { artifactKey, documentSha, sideArtifactKey } from './artifact-keys.js';

export interface ComputeInput {
  stage: Stage;
  side: DocumentSide | null;
  payload: WorkPayload;
  store: Store;
  maxPages: number;
  /** Decompression-bomb limits of the layout stage; the analysis defaults when absent. */
  maxInflatedStreamBytes?: number;
  maxInflatedDocumentBytes?: number;
  fileNames: { a: string; b: string };
}

async function need<T>(store: Store, key: string): Promise<T> {
  const v = await store.getArtifact<T>(key);
  if (v === null) throw new UnrecoverableError(`missing input artifact ${key}`);
  return v;
}

export async function loadAnalyzed(store: Store, payload: WorkPayload, side: DocumentSide): Promise<AnalyzedDocument> {
  const [layout, definitions, classification, dna] = await Promise.all([
    need<LayoutDocument>(store, artifactKey('layout', payload, side)),
    need<DefinitionsResult>(store, artifactKey('definitions', payload, side)),
    need<ClassificationResult>(store, artifactKey('classification', payload, side)),
    need<DnaResult>(store, artifactKey('dna', payload, side)),
  ]);
  return { layout, definitions, classification, dna };
}

/**
 * Small artifacts written beside a stage's output so that delivery need not parse the large ones:
 * the layout's page count, title and warnings, and the DNA's policy profile.
 */
export function sideArtifacts(stage: Stage, key: string, output: unknown): { key: string; value: unknown }[] {
  if (stage === 'layout') {
    const l = output as LayoutDocument;
    return [{ key: sideArtifactKey(key, 'meta'), value: { pageCount: l.pageCount, title: l.title, warnings: l.warnings, clauses: l.clauses.length } }];
  }
  if (stage === 'dna') return [{ key: sideArtifactKey(key, 'profile'), value: (output as DnaResult).profile }];
  return [];
}

export interface LayoutMeta {
  pageCount: number;
  title: string | null;
  warnings: string[];
  clauses: number;
}

/** Runs one stage's analysis on its stored inputs. Bad input becomes an UnrecoverableError. */
export async function computeStage(i: ComputeInput): Promise<unknown> {
  const { store, payload, side } = i;
  const docKey = (stage: Stage) => artifactKey(stage, payload, side);
  switch (i.stage) {
    case 'layout': {
      const sha = documentSha(payload, side!);
      const bytes = await store.getDocumentBytes(sha);
      try {
        const layout = await analyzeLayout(bytes, {
          maxPages: i.maxPages,
          maxInflatedStreamBytes: i.maxInflatedStreamBytes,
          maxInflatedDocumentBytes: i.maxInflatedDocumentBytes,
        });
        await store.setPageCount(sha, layout.pageCount);
        return layout;
      } catch (err) {
        if (err instanceof LayoutInputError) throw new UnrecoverableError(err.message);
        throw err;
      }
    }
    case 'definitions':
      return extractDefinitions(await need<LayoutDocument>(store, docKey('layout')));
    case 'classification': {
      const layout = await need<LayoutDocument>(store, docKey('layout'));
      return classifyClauses(layout, await need<DefinitionsResult>(store, docKey('definitions')));
    }
    case 'dna': {
      const [layout, defs, cls] = await Promise.all([
        need<LayoutDocument>(store, docKey('layout')),
        need<DefinitionsResult>(store, docKey('definitions')),
        need<ClassificationResult>(store, docKey('classification')),
      ]);
      return extractDna(layout, defs, cls);
    }
    case 'alignment': {
      const [a, b] = await Promise.all([loadAnalyzed(store, payload, 'A'), loadAnalyzed(store, payload, 'B')]);
      return alignClauses(a, b);
    }
    case 'delta': {
      const [a, b, alignment] = await Promise.all([
        loadAnalyzed(store, payload, 'A'),
        loadAnalyzed(store, payload, 'B'),
        need<AlignmentResult>(store, artifactKey('alignment', payload, null)),
      ]);
      return interpretDeltas(a, b, alignment);
    }
    case 'narrative': {
      // Only what the summary reads: each side's page count (the layout's small meta artifact)
      // and definitions; not both documents' whole analysis.
      const source = async (side: DocumentSide) => {
        const [meta, definitions] = await Promise.all([
          need<LayoutMeta>(store, sideArtifactKey(artifactKey('layout', payload, side), 'meta')),
          need<DefinitionsResult>(store, artifactKey('definitions', payload, side)),
        ]);
        return { layout: { pageCount: meta.pageCount }, definitions };
      };
      const [a, b, delta] = await Promise.all([source('A'), source('B'), need<DeltaResult>(store, artifactKey('delta', payload, null))]);
      return summariseChanges(delta, a, b, { a: { fileName: i.fileNames.a }, b: { fileName: i.fileNames.b } });
    }
  }
}
