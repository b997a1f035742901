import { Init1795667223705 } from './1795667223705-Init.js';
import { Disclosures1795669978680 } from './1795669978680-Disclosures.js';

// Migrations as imported classes, oldest first. Never edit one once it is committed: add a new one.
export const migrations = [Init1795667223705, Disclosures1795669978680];
