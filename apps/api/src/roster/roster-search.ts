// The roster searches units as the unit lists do: one rule, kept by the place domain.
export { unitSearchTerms as rosterSearchTerms } from '../place/unit-search.js';
