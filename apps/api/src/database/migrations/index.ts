import { Init1795667223705 } from './1795667223705-Init.js';

// Migrations as imported classes, oldest first. Never edit one once it is committed: add a new one.
export const migrations = [Init1795667223705];
