import {
  answerRequestOf,
  correctionLinkText,
  correctionRequestOf,
  emptyCorrection,
  inObjectionPeriod,
  objectionPageRefusal,
  objectionRequestOf,
  ownUnits,
  type CorrectionDraft,
} from './objection';

describe('inObjectionPeriod', () => {
  const vote = {
    channel: 'here' as const,
    status: 'closed' as const,
    resultStage: 'preliminary' as const,
    objectionEndsAt: '2026-12-27T15:59:59Z',
  };
  const now = Date.parse('2026-12-25T00:00:00Z');

  it('is open for a preliminary result before the period ends', () => {
    expect(inObjectionPeriod(vote, now)).toBe(true);
    expect(inObjectionPeriod(vote, Date.parse('2026-12-27T16:00:00Z'))).toBe(false);
    expect(inObjectionPeriod({ ...vote, resultStage: 'final' }, now)).toBe(false);
    expect(inObjectionPeriod({ ...vote, status: 'open', resultStage: null }, now)).toBe(false);
    expect(inObjectionPeriod({ ...vote, channel: 'official' }, now)).toBe(false);
  });
});

describe('objectionRequestOf', () => {
  const draft = { kind: 'ballot' as const, unitId: 11, text: ' 我家投的是同意，记录成了不同意 ', attachmentIds: [3] };

  it('builds the objection, trimmed', () => {
    expect(objectionRequestOf(draft, [11, 12])).toEqual({
      request: { kind: 'ballot', unitId: 11, text: '我家投的是同意，记录成了不同意', attachmentIds: [3] },
      error: null,
    });
  });

  it('takes a ballot objection only about my own unit, a roll objection about any', () => {
    expect(objectionRequestOf({ ...draft, unitId: 40 }, [11]).error).toBe('表决记录的异议只能就您自己名下的房屋提出');
    expect(objectionRequestOf({ ...draft, kind: 'roll_area', unitId: 40 }, [11]).error).toBeNull();
  });

  it('needs a kind, a unit and a text, and at most 9 photos', () => {
    expect(objectionRequestOf({ ...draft, kind: null }, [11]).error).toBe('请选择异议的类型');
    expect(objectionRequestOf({ ...draft, unitId: null }, [11]).error).toBe('请选择您名下的房屋');
    expect(objectionRequestOf({ ...draft, text: ' ' }, [11]).error).toBe('请写明异议的内容和理由');
    expect(objectionRequestOf({ ...draft, text: '记错了' }, [11]).error).toBe('异议至少 5 个字，请写明哪里有误');
    expect(objectionRequestOf({ ...draft, attachmentIds: Array.from({ length: 10 }, (_, i) => i) }, [11]).error).toBe(
      '照片最多 9 张',
    );
  });
});

describe('correctionRequestOf', () => {
  const base: CorrectionDraft = {
    ...emptyCorrection(),
    unitId: 11,
    reason: ' 录入时看错了行 ',
    evidenceAttachmentIds: [5],
  };

  it('corrects a ballot to what the signed form says', () => {
    expect(
      correctionRequestOf({ ...base, kind: 'ballot_choice', ballotId: 77, ballot: { choice: 'agree' } }).request,
    ).toEqual({
      kind: 'ballot_choice',
      unitId: 11,
      ballotId: 77,
      choice: 'agree',
      reason: '录入时看错了行',
      evidenceAttachmentIds: [5],
    });
    expect(
      correctionRequestOf({ ...base, kind: 'ballot_choice', ballotId: 77, ballot: { optionId: null } }).request,
    ).toMatchObject({ optionId: null });
    expect(correctionRequestOf({ ...base, kind: 'ballot_choice', ballot: { choice: 'agree' } }).error).toBe(
      '请选择录入有误的那张表决票',
    );
    expect(correctionRequestOf({ ...base, kind: 'ballot_choice', ballotId: 77 }).error).toBe(
      '请选择签字表决票上的真实意见',
    );
  });

  it('parses a roll area from its digits to 0.01 m²', () => {
    expect(correctionRequestOf({ ...base, kind: 'roll_area', areaText: '89.15' }).request?.areaCentiM2).toBe(8915);
    expect(correctionRequestOf({ ...base, kind: 'roll_area', areaText: '1.15' }).request?.areaCentiM2).toBe(115);
    expect(correctionRequestOf({ ...base, kind: 'roll_area', areaText: '1000000' }).request?.areaCentiM2).toBe(
      100_000_000,
    );
    expect(correctionRequestOf({ ...base, kind: 'roll_area', areaText: '1000000.01' }).error).toBe(
      '面积过大，请核对单位是 m²',
    );
    for (const bad of ['', '0', '-3', '89.155', 'abc'])
      expect(correctionRequestOf({ ...base, kind: 'roll_area', areaText: bad }).error).toMatch(/^面积请填/);
  });

  it('needs a kind, a unit, a reason and evidence', () => {
    expect(correctionRequestOf({ ...base }).error).toBe('请选择更正的类型');
    expect(correctionRequestOf({ ...base, kind: 'roll_unit', unitId: null }).error).toBe('请选择更正涉及的房屋');
    expect(correctionRequestOf({ ...base, kind: 'roll_unit', reason: '' }).error).toBe('请写明更正的理由');
    expect(correctionRequestOf({ ...base, kind: 'roll_unit', reason: '补录' }).error).toBe('理由至少 5 个字');
    expect(correctionRequestOf({ ...base, kind: 'roll_unit', evidenceAttachmentIds: [] }).error).toMatch(
      /^请上传至少一份证据/,
    );
    expect(correctionRequestOf({ ...base, kind: 'roll_unit' }).request).toEqual({
      kind: 'roll_unit',
      unitId: 11,
      reason: '录入时看错了行',
      evidenceAttachmentIds: [5],
    });
  });
});

describe('answerRequestOf', () => {
  it('needs the answer text, and checks the correction when there is one', () => {
    expect(answerRequestOf(' ', null).error).toBe('请写明对这条异议的答复');
    expect(answerRequestOf('好', null).error).toBe('答复至少 2 个字');
    expect(answerRequestOf(' 已核对签字表决票，记录无误 ', null)).toEqual({
      request: { text: '已核对签字表决票，记录无误' },
      error: null,
    });
    expect(answerRequestOf('已更正', emptyCorrection()).error).toBe('请选择更正的类型');
    const correction = {
      ...emptyCorrection(),
      kind: 'roll_unit' as const,
      unitId: 3,
      reason: '按更正后的花名册补录',
      evidenceAttachmentIds: [1],
    };
    expect(answerRequestOf('已更正', correction).request).toEqual({
      text: '已更正',
      correction: { kind: 'roll_unit', unitId: 3, reason: '按更正后的花名册补录', evidenceAttachmentIds: [1] },
    });
  });
});

describe('correctionLinkText', () => {
  it('names the link of the chain and the one it corrects', () => {
    const link = (seq: number) => ({ seq, contentHash: 'c', hash: 'h', publishedAt: '2026-12-22T02:00:00Z' });
    expect(correctionLinkText({ publication: link(12), corrects: link(10) })).toBe('第 12 号公示，更正第 10 号');
  });
});

describe('ownUnits', () => {
  it('lists my units of this compound only', () => {
    const unit = (unitId: number, compoundId: number) => ({
      unitId,
      compound: { id: compoundId, level: 'compound' as const, name: '锦绣花园' },
      building: '3栋',
      entrance: '1单元',
      room: '502',
      areaCentiM2: 8950,
    });
    expect(ownUnits({ units: [unit(1, 5), unit(2, 6)] }, 5)).toEqual([{ unitId: 1, label: '3栋 1单元 502' }]);
  });
});

describe('objectionPageRefusal', () => {
  const vote = {
    channel: 'here' as const,
    status: 'closed' as const,
    resultStage: 'preliminary' as const,
    objectionEndsAt: '2026-12-27T15:59:59Z',
  };
  const during = Date.parse('2026-12-24T00:00:00Z');
  const after = Date.parse('2026-12-28T00:00:00Z');

  it('lets owners object only during the period', () => {
    expect(objectionPageRefusal('raise', { vote, owner: true, organiser: false }, during)).toBeNull();
    expect(objectionPageRefusal('raise', { vote, owner: false, organiser: true }, during)).toBe(
      '只有本小区经认证的业主可以提出异议。',
    );
    expect(objectionPageRefusal('raise', { vote, owner: true, organiser: false }, after)).toBe(
      '询异公示期已经结束，不能再提出异议。',
    );
  });

  it('lets organisers answer an unanswered objection until the result is final, and correct during the period', () => {
    const ctx = { vote, owner: false, organiser: true, objection: { answer: null } };
    expect(objectionPageRefusal('answer', ctx, after)).toBeNull();
    expect(objectionPageRefusal('answer', { ...ctx, objection: { answer: {} } }, during)).toBe(
      '这条异议已经答复过了。',
    );
    expect(objectionPageRefusal('answer', { ...ctx, vote: { ...vote, resultStage: 'final' } }, during)).toBe(
      '结果已经生效，不能再答复或更正。',
    );
    expect(objectionPageRefusal('correct', ctx, during)).toBeNull();
    expect(objectionPageRefusal('correct', ctx, after)).toBe('询异公示期已经结束，不能再单独更正结果。');
    expect(objectionPageRefusal('correct', { ...ctx, organiser: false }, during)).toMatch(/^只有本小区的业委会成员/);
  });

  it('refuses a vote with no result in an objection period', () => {
    expect(
      objectionPageRefusal('raise', {
        vote: { ...vote, status: 'open', resultStage: null },
        owner: true,
        organiser: false,
      }),
    ).toBe('这个议题没有处在询异公示中的表决结果。');
    expect(objectionPageRefusal('raise', { vote: null, owner: true, organiser: false })).toBe(
      '这个议题没有处在询异公示中的表决结果。',
    );
  });
});
