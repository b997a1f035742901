import { idsOfPath, isWithin } from './place-path.js';

test('ids along a path, root first', () => {
  expect(idsOfPath('/1/4/9/')).toEqual([1, 4, 9]);
  expect(idsOfPath('/')).toEqual([]);
});

test('within: the place itself and what lies below, never a sibling that shares a prefix', () => {
  expect(isWithin('/1/4/9/', '/1/4/')).toBe(true);
  expect(isWithin('/1/4/', '/1/4/')).toBe(true);
  expect(isWithin('/1/41/', '/1/4/')).toBe(false);
  expect(isWithin('/1/', '/1/4/')).toBe(false);
});
