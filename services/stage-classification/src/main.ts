#!/usr/bin/env node
// Stage service for "classification" (segments: see packages/contracts/src/segments.ts). Start more than one
// instance to split the stage's work: they share the consumer group "classification".
import { createServiceContext, runStageService } from '@policydiff/pipeline';

const ctx = createServiceContext('stage-classification');
await runStageService(ctx, 'classification');
