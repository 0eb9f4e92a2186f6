#!/usr/bin/env node
// Stage service for "dna" (segments: see packages/contracts/src/segments.ts). Start more than one
// instance to split the stage's work: they share the consumer group "dna".
import { createServiceContext, runStageService } from '@policydiff/pipeline';

const ctx = createServiceContext('stage-dna');
await runStageService(ctx, 'dna');
