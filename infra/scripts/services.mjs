// The ten services and how to start one: shared by the local supervisor and the end-to-end tests.
import { join } from 'node:path';
import { root } from './bootstrap.mjs';

export const SERVICES = [
  'gateway',
  'notifier',
  'stage-layout',
  'stage-definitions',
  'stage-classification',
  'stage-dna',
  'stage-alignment',
  'stage-delta',
  'stage-narrative',
  'delivery',
];

export const serviceEntry = (name) => join(root, 'services', name, 'dist', 'main.js');
