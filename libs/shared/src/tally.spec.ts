import fc from 'fast-check';
import { explainOwnerDecision, tallyOwnerDecision, type MatterNo, type TallyBallot, type TallyUnit } from './tally.js';

/** `n` owners of one unit each, all of `area`. */
const owners = (n: number, area = 10000): TallyUnit[] =>
  Array.from({ length: n }, (_, i) => ({ unitId: `u${i}`, areaCentiM2: area, ownerKey: `o${i}` }));
const votes = (choice: TallyBallot['choice'], from: number, to: number): TallyBallot[] =>
  Array.from({ length: to - from }, (_, i) => ({ ownerKey: `o${from + i}`, choice }));

describe('participation: at least 2/3 of the area AND of the headcount (以上 includes the boundary)', () => {
  test('exactly 2/3 participates', () => {
    const t = tallyOwnerDecision(owners(3), [...votes('agree', 0, 2)], 4);
    expect(t.participated).toEqual({ areaCentiM2: 20000, headcount: 2 });
    expect(t.participationMet).toBe(true);
  });

  test('one 0.01 m² short of 2/3 of the area fails, with the headcount met', () => {
    const units: TallyUnit[] = [
      { unitId: 'a', areaCentiM2: 10000, ownerKey: 'o0' },
      { unitId: 'b', areaCentiM2: 9999, ownerKey: 'o1' },
      { unitId: 'c', areaCentiM2: 10001, ownerKey: 'o2' },
    ];
    const t = tallyOwnerDecision(units, votes('agree', 0, 2), 4);
    expect(t.participated).toEqual({ areaCentiM2: 19999, headcount: 2 });
    expect(t.participationMet).toBe(false);
    expect(t.approved).toBe(false);
  });

  test('the area met but not the headcount fails', () => {
    const units: TallyUnit[] = [{ unitId: 'big', areaCentiM2: 900000, ownerKey: 'big' }, ...owners(3)];
    const t = tallyOwnerDecision(
      units,
      [
        { ownerKey: 'big', choice: 'agree' },
        { ownerKey: 'o0', choice: 'agree' },
      ],
      1,
    );
    expect(t.total).toEqual({ areaCentiM2: 930000, headcount: 4 });
    expect(atLeastTwoThirds(t.participated.areaCentiM2, t.total.areaCentiM2)).toBe(true);
    expect(t.participationMet).toBe(false);
  });

  test('abstentions participate', () => {
    const t = tallyOwnerDecision(owners(3), [...votes('abstain', 0, 2)], 4);
    expect(t.participationMet).toBe(true);
    expect(t.abstained).toEqual({ areaCentiM2: 20000, headcount: 2 });
    expect(t.approvalMet).toBe(false);
  });
});

describe('approval', () => {
  test('majority matters need strictly more than half (过半数): exactly half fails', () => {
    const half = tallyOwnerDecision(owners(4), [...votes('agree', 0, 2), ...votes('disagree', 2, 4)], 4);
    expect(half.rule).toBe('majority');
    expect(half.approvalMet).toBe(false);
    const more = tallyOwnerDecision(owners(5), [...votes('agree', 0, 3), ...votes('disagree', 3, 5)], 4);
    expect(more.approved).toBe(true);
  });

  test.each([6, 7, 8] as MatterNo[])('matter %i needs 3/4, boundary included', (matter) => {
    const exactly = tallyOwnerDecision(owners(4), [...votes('agree', 0, 3), ...votes('disagree', 3, 4)], matter);
    expect(exactly.rule).toBe('three-quarters');
    expect(exactly.approved).toBe(true);
    const short = tallyOwnerDecision(owners(8), [...votes('agree', 0, 5), ...votes('disagree', 5, 7)], matter);
    expect(short.participationMet).toBe(true);
    expect(short.approvalMet).toBe(false); // 5/7 < 3/4
  });

  test.each([1, 2, 3, 4, 5, 9] as MatterNo[])('matter %i is a majority matter', (matter) => {
    expect(tallyOwnerDecision(owners(1), [], matter).rule).toBe('majority');
  });

  test('approval needs both area and headcount: a large owner alone does not carry it', () => {
    const units: TallyUnit[] = [{ unitId: 'big', areaCentiM2: 600000, ownerKey: 'big' }, ...owners(2)];
    const t = tallyOwnerDecision(units, [{ ownerKey: 'big', choice: 'agree' }, ...votes('disagree', 0, 2)], 4);
    expect(t.agreed.areaCentiM2 * 2).toBeGreaterThan(t.participated.areaCentiM2);
    expect(t.approvalMet).toBe(false);
  });

  test('nobody voting approves nothing', () => {
    const t = tallyOwnerDecision(owners(3), [], 7);
    expect(t).toMatchObject({ participationMet: false, approvalMet: false, approved: false });
  });
});

describe('headcount', () => {
  test('an owner of several units counts once, with all their area', () => {
    const units: TallyUnit[] = [
      { unitId: '101', areaCentiM2: 8950, ownerKey: 'wang' },
      { unitId: '102', areaCentiM2: 12000, ownerKey: 'wang' },
      { unitId: '201', areaCentiM2: 9000, ownerKey: 'li' },
    ];
    const t = tallyOwnerDecision(units, [{ ownerKey: 'wang', choice: 'agree' }], 4);
    expect(t.total).toEqual({ areaCentiM2: 29950, headcount: 2 });
    expect(t.agreed).toEqual({ areaCentiM2: 20950, headcount: 1 });
  });

  test('all developer-unsold units count together as one person', () => {
    const unsold: TallyUnit[] = Array.from({ length: 5 }, (_, i) => ({
      unitId: `d${i}`,
      areaCentiM2: 10000,
      ownerKey: 'developer',
      developerUnsold: true,
    }));
    const t = tallyOwnerDecision([...unsold, ...owners(2)], [{ ownerKey: 'developer', choice: 'disagree' }], 4);
    expect(t.total.headcount).toBe(3);
    expect(t.disagreed).toEqual({ areaCentiM2: 50000, headcount: 1 });
  });

  test('the last ballot of an owner counts', () => {
    const t = tallyOwnerDecision(
      owners(2),
      [
        { ownerKey: 'o0', choice: 'disagree' },
        { ownerKey: 'o1', choice: 'agree' },
        { ownerKey: 'o0', choice: 'agree' },
      ],
      4,
    );
    expect(t.agreed.headcount).toBe(2);
    expect(t.disagreed.headcount).toBe(0);
  });
});

describe('refusals', () => {
  test.each([0, -100, 89.5, Number.NaN])('area %p', (area) => {
    expect(() => tallyOwnerDecision([{ unitId: 'x', areaCentiM2: area, ownerKey: 'o' }], [], 4)).toThrow(RangeError);
  });
  test('a ballot of someone who owns no unit', () => {
    expect(() => tallyOwnerDecision(owners(2), [{ ownerKey: 'stranger', choice: 'agree' }], 4)).toThrow(RangeError);
  });
  test('developer-unsold units under two keys', () => {
    const units: TallyUnit[] = [
      { unitId: 'a', areaCentiM2: 1, ownerKey: 'dev-a', developerUnsold: true },
      { unitId: 'b', areaCentiM2: 1, ownerKey: 'dev-b', developerUnsold: true },
    ];
    expect(() => tallyOwnerDecision(units, [], 4)).toThrow(RangeError);
  });
  test('no units, or a matter outside 1–9', () => {
    expect(() => tallyOwnerDecision([], [], 4)).toThrow(RangeError);
    expect(() => tallyOwnerDecision(owners(1), [], 10 as MatterNo)).toThrow(RangeError);
  });
});

function atLeastTwoThirds(part: number, whole: number) {
  return part * 3 >= whole * 2;
}

// ---- properties ----
const scenario = fc
  .record({
    owners: fc.array(fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 40,
    }),
    unsold: fc.array(fc.integer({ min: 1, max: 50_000 }), { maxLength: 5 }),
    matter: fc.constantFrom<MatterNo>(1, 2, 3, 4, 5, 6, 7, 8, 9),
  })
  .chain(({ owners: areas, unsold, matter }) => {
    const units: TallyUnit[] = [
      ...areas.flatMap((list, o) =>
        list.map((areaCentiM2, u) => ({ unitId: `${o}-${u}`, areaCentiM2, ownerKey: `o${o}` })),
      ),
      ...unsold.map((areaCentiM2, u) => ({
        unitId: `dev-${u}`,
        areaCentiM2,
        ownerKey: 'developer',
        developerUnsold: true,
      })),
    ];
    const keys = [...new Set(units.map((u) => u.ownerKey))];
    const ballot = fc.record({
      ownerKey: fc.constantFrom(...keys),
      choice: fc.constantFrom<TallyBallot['choice']>('agree', 'disagree', 'abstain'),
    });
    return fc.record({
      units: fc.constant(units),
      ballots: fc.array(ballot, { maxLength: 60 }),
      matter: fc.constant(matter),
    });
  });

test('parts add up: agreed + disagreed + abstained = participated ≤ total, in area and headcount', () => {
  fc.assert(
    fc.property(scenario, ({ units, ballots, matter }) => {
      const t = tallyOwnerDecision(units, ballots, matter);
      for (const k of ['areaCentiM2', 'headcount'] as const) {
        expect(t.agreed[k] + t.disagreed[k] + t.abstained[k]).toBe(t.participated[k]);
        expect(t.participated[k]).toBeLessThanOrEqual(t.total[k]);
      }
      expect(t.total.headcount).toBe(new Set(units.map((u) => u.ownerKey)).size);
      expect(t.approved).toBe(t.participationMet && t.approvalMet);
    }),
  );
});

test('the result matches a reference computed with exact rationals (BigInt), owner by owner', () => {
  fc.assert(
    fc.property(scenario, ({ units, ballots, matter }) => {
      const t = tallyOwnerDecision(units, ballots, matter);
      const area = new Map<string, bigint>();
      for (const u of units) area.set(u.ownerKey, (area.get(u.ownerKey) ?? 0n) + BigInt(u.areaCentiM2));
      const choice = new Map<string, string>();
      for (const b of ballots) choice.set(b.ownerKey, b.choice);
      const sum = (pred: (c: string | undefined) => boolean) =>
        [...area].filter(([k]) => pred(choice.get(k))).reduce((s, [, a]) => s + a, 0n);
      const count = (pred: (c: string | undefined) => boolean) =>
        BigInt([...area.keys()].filter((k) => pred(choice.get(k))).length);
      const voted = (c?: string) => c !== undefined;
      const agree = (c?: string) => c === 'agree';
      const totalA = sum(() => true);
      const totalH = count(() => true);
      const partA = sum(voted);
      const partH = count(voted);
      // The thresholds again, from the raw units and ballots in BigInt, as differences rather than comparisons.
      const participation = 3n * partA - 2n * totalA >= 0n && 3n * partH - 2n * totalH >= 0n;
      const approval =
        partH > 0n &&
        ([6, 7, 8].includes(matter)
          ? 4n * sum(agree) - 3n * partA >= 0n && 4n * count(agree) - 3n * partH >= 0n
          : 2n * sum(agree) - partA > 0n && 2n * count(agree) - partH > 0n);
      expect({ participationMet: t.participationMet, approvalMet: t.approvalMet }).toEqual({
        participationMet: participation,
        approvalMet: approval,
      });
    }),
  );
});

test('order does not matter, except among the ballots of one owner', () => {
  fc.assert(
    fc.property(scenario, fc.integer(), ({ units, ballots, matter }, seed) => {
      const lastOfEach = [...new Map(ballots.map((b) => [b.ownerKey, b])).values()];
      const shuffled = [...lastOfEach].sort(
        (a, b) => ((a.ownerKey.length * 31 + seed) % 7) - ((b.ownerKey.length * 31 + seed) % 7),
      );
      expect(tallyOwnerDecision([...units].reverse(), shuffled, matter)).toEqual(
        tallyOwnerDecision(units, ballots, matter),
      );
    }),
  );
});

test('one more owner taking part never breaks a participation that was met', () => {
  fc.assert(
    fc.property(scenario, ({ units, ballots, matter }) => {
      const before = tallyOwnerDecision(units, ballots, matter);
      const absent = units.find((u) => !ballots.some((b) => b.ownerKey === u.ownerKey));
      if (!absent) return;
      const after = tallyOwnerDecision(units, [...ballots, { ownerKey: absent.ownerKey, choice: 'abstain' }], matter);
      if (before.participationMet) expect(after.participationMet).toBe(true);
    }),
  );
});

test('explanations give each threshold with its exact numbers and whether it is met', () => {
  const t = tallyOwnerDecision(owners(3), [...votes('agree', 0, 1), ...votes('disagree', 1, 2)], 4);
  expect(explainOwnerDecision(t)).toEqual([
    '参与表决的专有面积 200 / 300 m²（66.7%），需三分之二以上：已达到',
    '参与表决的业主人数 2 / 3 人（66.7%），需三分之二以上：已达到',
    '同意的专有面积占参与面积 100 / 200 m²（50.0%），需过半数：未达到',
    '同意的人数占参与人数 1 / 2 人（50.0%），需过半数：未达到',
    '结论：表决未通过',
  ]);
  const big = tallyOwnerDecision(owners(4, 8950), votes('agree', 0, 3), 7);
  expect(explainOwnerDecision(big)[2]).toBe(
    '同意的专有面积占参与面积 268.5 / 268.5 m²（100.0%），需四分之三以上：已达到',
  );
  expect(explainOwnerDecision(big).at(-1)).toBe('结论：表决通过');
});
