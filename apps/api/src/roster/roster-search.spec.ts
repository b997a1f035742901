import { rosterSearchTerms } from './roster-search.js';

test('a search is split into building and room words', () => {
  expect(rosterSearchTerms('3栋 502')).toEqual(['3栋', '502']);
  expect(rosterSearchTerms('  3栋　502 ')).toEqual(['3栋', '502']);
  expect(rosterSearchTerms('3栋502')).toEqual(['3栋', '502']);
  expect(rosterSearchTerms('12号楼1203')).toEqual(['12号楼', '1203']);
  expect(rosterSearchTerms('５０２')).toEqual(['502']);
  expect(rosterSearchTerms('502')).toEqual(['502']);
});

test('nothing to search, wildcards and overlong input', () => {
  expect(rosterSearchTerms(undefined)).toEqual([]);
  expect(rosterSearchTerms('   ')).toEqual([]);
  expect(rosterSearchTerms('%')).toEqual([]);
  expect(rosterSearchTerms('5_2%')).toEqual(['52']);
  expect(rosterSearchTerms('1 2 3 4 5 6')).toEqual(['1', '2', '3', '4']);
  expect(rosterSearchTerms('9'.repeat(30))).toEqual(['9'.repeat(20)]);
});
