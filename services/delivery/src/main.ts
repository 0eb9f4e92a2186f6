#!/usr/bin/env node
// Delivery service: assembles the result contract after segment 11 and completes the job. It also
// runs the job watchdog (one sweep at a time across instances), so no job stays RUNNING forever.
import { createServiceContext, runDeliveryService, runWatchdog } from '@policydiff/pipeline';

const ctx = createServiceContext('delivery');
await runDeliveryService(ctx);
runWatchdog(ctx);
