export * from './errors.js';
export * from './roles.js';
export * from './format.js';
export * from './roster.js';
export * from './api.js';
export * from './disclosure.js';
export * from './disclosure-api.js';
export * from './tally.js';
