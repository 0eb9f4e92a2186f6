#!/usr/bin/env node
// Stage service for "narrative" (segments: see packages/contracts/src/segments.ts). Start more than one
// instance to split the stage's work: they share the consumer group "narrative".
import { createServiceContext, runStageService } from '@policydiff/pipeline';

const ctx = createServiceContext('stage-narrative');
await runStageService(ctx, 'narrative');
