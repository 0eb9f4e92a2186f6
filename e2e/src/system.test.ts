import { systemSuite } from './system-suite.js';

systemSuite('sqlite');
