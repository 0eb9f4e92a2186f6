#!/usr/bin/env node
// Delivery service: assembles the result contract after segment 11 and completes the job.
import { createServiceContext, runDeliveryService } from '@policydiff/pipeline';

const ctx = createServiceContext('delivery');
await runDeliveryService(ctx);
