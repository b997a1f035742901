import { knownCompoundId, lastCompound } from './known-compound';

describe('knownCompoundId', () => {
  const viewed = { id: 7 };
  const mine = { id: 3 };
  it('takes the link first, then the compound viewed, then my own', () => {
    expect(knownCompoundId({ linked: '12', viewed, mine })).toEqual({ id: 12, source: 'link' });
    expect(knownCompoundId({ linked: undefined, viewed, mine })).toEqual({ id: 7, source: 'viewed' });
    expect(knownCompoundId({ linked: null, viewed: null, mine })).toEqual({ id: 3, source: 'mine' });
    expect(knownCompoundId({ viewed: null, mine: null })).toBeNull();
  });
  it('ignores a link whose compoundId is not an id', () => {
    for (const linked of ['', 'abc', '0', '-3', '1.5', 'undefined'])
      expect(knownCompoundId({ linked, viewed: null, mine })).toEqual({ id: 3, source: 'mine' });
  });
});

describe('lastCompound', () => {
  it('reads a well-formed stored compound and nothing else', () => {
    expect(lastCompound({ id: 7 })).toEqual({ id: 7 });
    for (const bad of [null, '', 7, { id: '7' }, { id: 0 }, { id: 1.5 }, {}]) expect(lastCompound(bad)).toBeNull();
  });
});
