#!/usr/bin/env node
// Stage service for "definitions" (segments: see packages/contracts/src/segments.ts). Start more than one
// instance to split the stage's work: they share the consumer group "definitions".
import { createServiceContext, runStageService } from '@policydiff/pipeline';

const ctx = createServiceContext('stage-definitions');
await runStageService(ctx, 'definitions');
