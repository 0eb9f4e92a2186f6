#!/usr/bin/env node
// Stage service for "layout" (segments: see packages/contracts/src/segments.ts). Start more than one
// instance to split the stage's work: they share the consumer group "layout".
import { createServiceContext, runStageService } from '@policydiff/pipeline';

const ctx = createServiceContext('stage-layout');
await runStageService(ctx, 'layout');
