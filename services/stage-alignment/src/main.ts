#!/usr/bin/env node
// Stage service for "alignment" (segments: see packages/contracts/src/segments.ts). Start more than one
// instance to split the stage's work: they share the consumer group "alignment".
import { createServiceContext, runStageService } from '@policydiff/pipeline';

const ctx = createServiceContext('stage-alignment');
await runStageService(ctx, 'alignment');
