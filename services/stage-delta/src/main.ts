#!/usr/bin/env node
// Stage service for "delta" (segments: see packages/contracts/src/segments.ts). Start more than one
// instance to split the stage's work: they share the consumer group "delta".
import { createServiceContext, runStageService } from '@policydiff/pipeline';

const ctx = createServiceContext('stage-delta');
await runStageService(ctx, 'delta');
