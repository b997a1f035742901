import fc from 'fast-check';
import { evaluateChoice, explainChoice, tallyChoice, type ChoiceBallot, type ChoiceTally } from './choice-tally.js';
import { tallyOwnerDecision, type MatterNo, type TallyBallot, type TallyUnit } from './tally.js';

/** `n` owners of one unit each, all of `area`. */
const owners = (n: number, area = 10000): TallyUnit[] =>
  Array.from({ length: n }, (_, i) => ({ unitId: `u${i}`, areaCentiM2: area, ownerKey: `o${i}` }));
/** Owners `o<from>` … `o<to - 1>` all choosing `optionId` (null abstains). */
const picks = (optionId: string | null, from: number, to: number): ChoiceBallot[] =>
  Array.from({ length: to - from }, (_, i) => ({ ownerKey: `o${from + i}`, optionId }));
const approvals = (t: ChoiceTally) => t.options.map((o) => o.approvalMet);

describe('participation: at least 2/3 of the area AND of the headcount, abstentions included', () => {
  test('exactly 2/3 participates', () => {
    const t = tallyChoice(owners(3), picks('a', 0, 2), ['a', 'b'], 4);
    expect(t.participated).toEqual({ areaCentiM2: 20000, headcount: 2 });
    expect(t.participationMet).toBe(true);
    expect(t.adopted).toBe('a');
  });

  test('one 0.01 m² short of 2/3 of the area fails, with the headcount met', () => {
    const units: TallyUnit[] = [
      { unitId: 'a', areaCentiM2: 10000, ownerKey: 'o0' },
      { unitId: 'b', areaCentiM2: 9999, ownerKey: 'o1' },
      { unitId: 'c', areaCentiM2: 10001, ownerKey: 'o2' },
    ];
    const t = tallyChoice(units, picks('a', 0, 2), ['a', 'b'], 4);
    expect(t.participated).toEqual({ areaCentiM2: 19999, headcount: 2 });
    expect(t.participationMet).toBe(false);
  });

  test('one owner short of 2/3 of the headcount fails, with the area met', () => {
    const units: TallyUnit[] = [{ unitId: 'big', areaCentiM2: 900000, ownerKey: 'big' }, ...owners(3)];
    const t = tallyChoice(units, [{ ownerKey: 'big', optionId: 'a' }, ...picks('a', 0, 1)], ['a', 'b'], 1);
    expect(t.participated.headcount).toBe(2);
    expect(t.participationMet).toBe(false);
  });

  test('abstentions participate, and choose nothing', () => {
    const t = tallyChoice(owners(3), picks(null, 0, 2), ['a', 'b'], 4);
    expect(t.participationMet).toBe(true);
    expect(t.abstained).toEqual({ areaCentiM2: 20000, headcount: 2 });
    expect(approvals(t)).toEqual([false, false]);
    expect(t.adopted).toBeNull();
  });

  test('without participation nothing is adopted, even an option every participant chose', () => {
    const t = tallyChoice(owners(4), picks('a', 0, 2), ['a', 'b'], 4);
    expect(t.participationMet).toBe(false);
    expect(t.options[0]).toEqual({ optionId: 'a', chose: { areaCentiM2: 20000, headcount: 2 }, approvalMet: true });
    expect(t.adopted).toBeNull();
  });
});

describe('approval: each option needs its own majority of the participated area AND headcount', () => {
  test('exactly half is not a majority (过半数): two options at 50% adopt nothing', () => {
    const t = tallyChoice(owners(4), [...picks('a', 0, 2), ...picks('b', 2, 4)], ['a', 'b'], 4);
    expect(t.participationMet).toBe(true);
    expect(approvals(t)).toEqual([false, false]);
    expect(t.adopted).toBeNull();
  });

  test('abstentions count in the denominator: half of the participants with the rest abstaining fails', () => {
    const t = tallyChoice(owners(4), [...picks('a', 0, 2), ...picks(null, 2, 4)], ['a', 'b'], 4);
    expect(approvals(t)).toEqual([false, false]);
    const more = tallyChoice(owners(5), [...picks('a', 0, 3), ...picks(null, 3, 5)], ['a', 'b'], 4);
    expect(more.adopted).toBe('a');
  });

  test('a plurality decides nothing', () => {
    const t = tallyChoice(
      owners(10),
      [...picks('a', 0, 4), ...picks('b', 4, 7), ...picks('c', 7, 10)],
      ['a', 'b', 'c'],
      4,
    );
    expect(t.participationMet).toBe(true);
    expect(t.options.map((o) => o.chose.headcount)).toEqual([4, 3, 3]);
    expect(t.adopted).toBeNull();
  });

  test.each([6, 7, 8] as MatterNo[])('matter %i needs 3/4, boundary included', (matter) => {
    const exactly = tallyChoice(owners(4), [...picks('b', 0, 3), ...picks('a', 3, 4)], ['a', 'b'], matter);
    expect(exactly.rule).toBe('three-quarters');
    expect(exactly.adopted).toBe('b');
    const short = tallyChoice(owners(8), [...picks('b', 0, 5), ...picks('a', 5, 7)], ['a', 'b'], matter);
    expect(short.participationMet).toBe(true);
    expect(short.adopted).toBeNull(); // 5/7 < 3/4
  });

  test('a large owner alone does not carry an option: the headcount must follow', () => {
    const units: TallyUnit[] = [{ unitId: 'big', areaCentiM2: 600000, ownerKey: 'big' }, ...owners(2)];
    const t = tallyChoice(units, [{ ownerKey: 'big', optionId: 'a' }, ...picks('b', 0, 2)], ['a', 'b'], 4);
    expect(t.options[0].chose.areaCentiM2 * 2).toBeGreaterThan(t.participated.areaCentiM2);
    expect(approvals(t)).toEqual([false, false]);
  });
});

describe('headcount and ballots', () => {
  test('all developer-unsold units count together as one person, with all their area', () => {
    const unsold: TallyUnit[] = Array.from({ length: 5 }, (_, i) => ({
      unitId: `d${i}`,
      areaCentiM2: 10000,
      ownerKey: 'developer',
      developerUnsold: true,
    }));
    const t = tallyChoice([...unsold, ...owners(2)], [{ ownerKey: 'developer', optionId: 'b' }], ['a', 'b'], 4);
    expect(t.total).toEqual({ areaCentiM2: 70000, headcount: 3 });
    expect(t.options[1].chose).toEqual({ areaCentiM2: 50000, headcount: 1 });
  });

  test('the last ballot of an owner counts, in the order of the array', () => {
    const t = tallyChoice(
      owners(2),
      [
        { ownerKey: 'o0', optionId: 'a' },
        { ownerKey: 'o1', optionId: 'b' },
        { ownerKey: 'o0', optionId: null },
        { ownerKey: 'o0', optionId: 'b' },
      ],
      ['a', 'b'],
      4,
    );
    expect(t.options.map((o) => o.chose.headcount)).toEqual([0, 2]);
    expect(t.abstained.headcount).toBe(0);
    expect(t.adopted).toBe('b');
  });

  test('options come back in the order given', () => {
    const t = tallyChoice(owners(3), picks('z', 0, 3), ['z', 'a', 'm'], 4);
    expect(t.options.map((o) => o.optionId)).toEqual(['z', 'a', 'm']);
  });
});

describe('refusals', () => {
  test.each([[[]], [['a']], [['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']]])('options %j', (options) => {
    expect(() => tallyChoice(owners(2), [], options, 4)).toThrow(RangeError);
  });
  test('nine options are allowed', () => {
    expect(tallyChoice(owners(2), [], ['1', '2', '3', '4', '5', '6', '7', '8', '9'], 4).options).toHaveLength(9);
  });
  test('duplicate option ids', () => {
    expect(() => tallyChoice(owners(2), [], ['a', 'b', 'a'], 4)).toThrow(RangeError);
  });
  test('a ballot for an option that is not offered', () => {
    expect(() => tallyChoice(owners(2), picks('c', 0, 1), ['a', 'b'], 4)).toThrow(RangeError);
  });
  test.each([0, -100, 89.5, Number.NaN])('area %p', (area) => {
    expect(() => tallyChoice([{ unitId: 'x', areaCentiM2: area, ownerKey: 'o' }], [], ['a', 'b'], 4)).toThrow(
      RangeError,
    );
  });
  test('a ballot of someone who owns no unit', () => {
    expect(() => tallyChoice(owners(2), [{ ownerKey: 'stranger', optionId: 'a' }], ['a', 'b'], 4)).toThrow(RangeError);
  });
  test('developer-unsold units under two keys', () => {
    const units: TallyUnit[] = [
      { unitId: 'a', areaCentiM2: 1, ownerKey: 'dev-a', developerUnsold: true },
      { unitId: 'b', areaCentiM2: 1, ownerKey: 'dev-b', developerUnsold: true },
    ];
    expect(() => tallyChoice(units, [], ['a', 'b'], 4)).toThrow(RangeError);
  });
  test('no units, or a matter outside 1–9', () => {
    expect(() => tallyChoice([], [], ['a', 'b'], 4)).toThrow(RangeError);
    expect(() => tallyChoice(owners(1), [], ['a', 'b'], 0 as MatterNo)).toThrow(RangeError);
    expect(() => tallyChoice(owners(1), [], ['a', 'b'], 10 as MatterNo)).toThrow(RangeError);
  });
  test('evaluateChoice refuses the same option lists', () => {
    const zero = { areaCentiM2: 0, headcount: 0 };
    const one = [{ optionId: 'a', chose: zero }];
    expect(() => evaluateChoice('majority', { total: zero, abstained: zero, options: one })).toThrow(RangeError);
    expect(() => evaluateChoice('majority', { total: zero, abstained: zero, options: [...one, ...one] })).toThrow(
      RangeError,
    );
  });
});

test('evaluateChoice judges parts summed elsewhere (by SQL) as tallyChoice does', () => {
  const t = evaluateChoice('majority', {
    total: { areaCentiM2: 300000, headcount: 30 },
    abstained: { areaCentiM2: 20000, headcount: 2 },
    options: [
      { optionId: 'keep', chose: { areaCentiM2: 60000, headcount: 6 } },
      { optionId: 'change', chose: { areaCentiM2: 130000, headcount: 13 } },
    ],
  });
  expect(t.participated).toEqual({ areaCentiM2: 210000, headcount: 21 });
  expect(t).toMatchObject({ participationMet: true, adopted: 'change' });
  expect(approvals(t)).toEqual([false, true]);
});

describe('explanations', () => {
  const labels = { a: '续聘现物业公司', b: '另选物业公司' };

  test('an adopted option', () => {
    const t = tallyChoice(owners(3), [...picks('a', 0, 1), ...picks('b', 1, 3)], ['a', 'b'], 4);
    expect(explainChoice(t, labels)).toEqual([
      '参与表决的专有面积 300 / 300 m²（100.0%），需三分之二以上：已达到',
      '参与表决的业主人数 3 / 3 人（100.0%），需三分之二以上：已达到',
      '选择「续聘现物业公司」的专有面积占参与面积 100 / 300 m²（33.3%），人数占参与人数 1 / 3 人（33.3%），需过半数：未达到',
      '选择「另选物业公司」的专有面积占参与面积 200 / 300 m²（66.7%），人数占参与人数 2 / 3 人（66.7%），需过半数：已达到',
      '结论：通过「另选物业公司」',
    ]);
  });

  test('no option with its own majority', () => {
    const t = tallyChoice(owners(4), [...picks('a', 0, 2), ...picks('b', 2, 4)], ['a', 'b'], 7);
    const lines = explainChoice(t, labels);
    expect(lines[2]).toBe(
      '选择「续聘现物业公司」的专有面积占参与面积 200 / 400 m²（50.0%），人数占参与人数 2 / 4 人（50.0%），需四分之三以上：未达到',
    );
    expect(lines.at(-1)).toBe('结论：未形成决定（没有一个选项同时获得参与面积和参与人数的四分之三以上）');
    const majority = tallyChoice(owners(4), [...picks('a', 0, 2), ...picks('b', 2, 4)], ['a', 'b'], 4);
    expect(explainChoice(majority, labels).at(-1)).toBe(
      '结论：未形成决定（没有一个选项同时获得参与面积和参与人数的过半数）',
    );
  });

  test('participation not met', () => {
    const t = tallyChoice(owners(4), picks('a', 0, 2), ['a', 'b'], 4);
    const lines = explainChoice(t, labels);
    expect(lines[1]).toBe('参与表决的业主人数 2 / 4 人（50.0%），需三分之二以上：未达到');
    expect(lines.at(-1)).toBe('结论：参与表决的业主未达到三分之二，未形成决定');
  });

  test('a missing label is refused rather than shown as an id', () => {
    const t = tallyChoice(owners(3), [], ['a', 'b'], 4);
    expect(() => explainChoice(t, { a: '甲' })).toThrow(RangeError);
  });
});

// ---- properties ----
// Units drawn one by one and interleaved between owners; about one in eight belongs to the developer, unsold.
const scenario = fc
  .record({
    drawn: fc.array(
      fc.record({
        owner: fc.nat({ max: 29 }),
        areaCentiM2: fc.integer({ min: 1, max: 50_000 }),
        unsold: fc.nat({ max: 7 }).map((n) => n === 0),
      }),
      { minLength: 1, maxLength: 60 },
    ),
    options: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'), {
      minLength: 2,
      maxLength: 9,
    }),
    matter: fc.constantFrom<MatterNo>(1, 2, 3, 4, 5, 6, 7, 8, 9),
  })
  .chain(({ drawn, options, matter }) => {
    const units: TallyUnit[] = drawn.map(({ owner, areaCentiM2, unsold }, i) =>
      unsold
        ? { unitId: `u${i}`, areaCentiM2, ownerKey: 'developer', developerUnsold: true }
        : { unitId: `u${i}`, areaCentiM2, ownerKey: `o${owner}` },
    );
    const keys = [...new Set(units.map((u) => u.ownerKey))];
    // Few options are weighted up so that some option often has a majority.
    const choice = fc.oneof(
      { arbitrary: fc.constantFrom(...options.slice(0, 2)), weight: 3 },
      { arbitrary: fc.constantFrom<string | null>(null, ...options), weight: 1 },
    );
    return fc.record({
      units: fc.constant(units),
      ballots: fc.array(fc.record({ ownerKey: fc.constantFrom(...keys), optionId: choice }), { maxLength: 50 }),
      options: fc.constant(options),
      matter: fc.constant(matter),
    });
  });

test('parts add up: the options and the abstentions make the participation, within the total', () => {
  fc.assert(
    fc.property(scenario, ({ units, ballots, options, matter }) => {
      const t = tallyChoice(units, ballots, options, matter);
      for (const k of ['areaCentiM2', 'headcount'] as const) {
        expect(t.options.reduce((s, o) => s + o.chose[k], t.abstained[k])).toBe(t.participated[k]);
        expect(t.participated[k]).toBeLessThanOrEqual(t.total[k]);
      }
      expect(t.options.map((o) => o.optionId)).toEqual(options);
    }),
  );
});

/**
 * A reference written another way: per-person records in BigInt, and each threshold as the least amount that
 * meets it (by integer division) instead of a cross-multiplied comparison.
 */
function reference(units: TallyUnit[], ballots: ChoiceBallot[], options: string[], matter: MatterNo) {
  const people = new Map<string, { area: bigint; choice?: string | null }>();
  for (const u of units) {
    const person = people.get(u.ownerKey) ?? { area: 0n };
    person.area += BigInt(u.areaCentiM2);
    people.set(u.ownerKey, person);
  }
  for (const b of ballots) (people.get(b.ownerKey) as { choice?: string | null }).choice = b.optionId;
  const everyone = [...people.values()];
  const voters = everyone.filter((p) => p.choice !== undefined);
  const areaOf = (list: typeof everyone) => list.reduce((s, p) => s + p.area, 0n);
  const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;
  // The least that passes: ⌈2/3·whole⌉; ⌊whole/2⌋ + 1 (strictly more than half); ⌈3/4·whole⌉ (and someone voted).
  const twoThirds = (whole: bigint) => ceilDiv(2n * whole, 3n);
  const approval = [6, 7, 8].includes(matter)
    ? (whole: bigint) => (whole === 0n ? 1n : ceilDiv(3n * whole, 4n))
    : (whole: bigint) => whole / 2n + 1n;
  const participationMet =
    areaOf(voters) >= twoThirds(areaOf(everyone)) && BigInt(voters.length) >= twoThirds(BigInt(everyone.length));
  const approvalMet = options.map((id) => {
    const choosers = voters.filter((p) => p.choice === id);
    return areaOf(choosers) >= approval(areaOf(voters)) && BigInt(choosers.length) >= approval(BigInt(voters.length));
  });
  const adopted = participationMet ? (options.find((_, i) => approvalMet[i]) ?? null) : null;
  return { participationMet, approvalMet, adopted };
}

test('the result matches a reference built per person with least passing amounts', () => {
  fc.assert(
    fc.property(scenario, ({ units, ballots, options, matter }) => {
      const t = tallyChoice(units, ballots, options, matter);
      expect({ participationMet: t.participationMet, approvalMet: approvals(t), adopted: t.adopted }).toEqual(
        reference(units, ballots, options, matter),
      );
    }),
  );
});

test('at most one option meets approval; adopted means participation met and that option approved', () => {
  fc.assert(
    fc.property(scenario, ({ units, ballots, options, matter }) => {
      const t = tallyChoice(units, ballots, options, matter);
      const approved = t.options.filter((o) => o.approvalMet);
      expect(approved.length).toBeLessThanOrEqual(1);
      if (t.adopted !== null) {
        expect(t.participationMet).toBe(true);
        expect(approved.map((o) => o.optionId)).toEqual([t.adopted]);
      } else {
        expect(t.participationMet && approved.length === 1).toBe(false);
      }
    }),
  );
});

test('agree/disagree as two options (abstaining as null) decides as tallyOwnerDecision does', () => {
  fc.assert(
    fc.property(scenario, ({ units, ballots, options, matter }) => {
      // The first option stands for 'agree'; every other option is folded into 'disagree'.
      const asDecision: TallyBallot[] = ballots.map(({ ownerKey, optionId }) => ({
        ownerKey,
        choice: optionId === null ? 'abstain' : optionId === options[0] ? 'agree' : 'disagree',
      }));
      const asChoice: ChoiceBallot[] = asDecision.map(({ ownerKey, choice }) => ({
        ownerKey,
        optionId: choice === 'abstain' ? null : choice,
      }));
      const decision = tallyOwnerDecision(units, asDecision, matter);
      const choice = tallyChoice(units, asChoice, ['agree', 'disagree'], matter);
      expect(choice.participationMet).toBe(decision.participationMet);
      expect(choice.options[0].approvalMet).toBe(decision.approvalMet);
      expect(choice.adopted === 'agree').toBe(decision.approved);
      expect(choice.options[0].chose).toEqual(decision.agreed);
      expect(choice.options[1].chose).toEqual(decision.disagreed);
    }),
  );
});

test('agree/disagree without abstentions decides as tallyOwnerDecision does', () => {
  fc.assert(
    fc.property(scenario, ({ units, ballots, options, matter }) => {
      const decided = ballots.filter((b) => b.optionId !== null);
      const agrees = (optionId: string | null) => optionId === options[0];
      const decision = tallyOwnerDecision(
        units,
        decided.map(({ ownerKey, optionId }) => ({ ownerKey, choice: agrees(optionId) ? 'agree' : 'disagree' })),
        matter,
      );
      const choice = tallyChoice(
        units,
        decided.map(({ ownerKey, optionId }) => ({ ownerKey, optionId: agrees(optionId) ? 'agree' : 'disagree' })),
        ['agree', 'disagree'],
        matter,
      );
      expect(choice.abstained.headcount).toBe(0);
      expect(choice.options[0].approvalMet).toBe(decision.approvalMet);
      expect(choice.adopted === 'agree').toBe(decision.approved);
    }),
  );
});

test('the order of the options only orders the results', () => {
  fc.assert(
    fc.property(scenario, ({ units, ballots, options, matter }) => {
      const forward = tallyChoice(units, ballots, options, matter);
      const backward = tallyChoice(units, ballots, [...options].reverse(), matter);
      expect(backward.options).toEqual([...forward.options].reverse());
      expect(backward.adopted).toBe(forward.adopted);
    }),
  );
});
