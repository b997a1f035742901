import fc from 'fast-check';
import {
  COMPLAINT_CATEGORY_LABELS,
  complaintHandlerLabel,
  handlingRoute,
  PROPERTY_ROUTED_CATEGORIES,
  WORK_PHONE_PATTERN,
  awaitsHandler,
  COMPLAINT_ACTIONS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_STATUSES,
  complaintLevelLabel,
  complaintTransition,
  markProblemCompounds,
  mayUrge,
  per100,
  resolveProblem,
  type ComplaintAction,
  type ComplaintStatus,
} from './complaint.js';

describe('complaintTransition', () => {
  // The whole machine written out independently: every pair not listed here must be refused.
  const allowed: Record<string, ComplaintStatus> = {
    'submitted accept': 'accepted',
    'submitted escalate': 'submitted',
    'accepted start': 'in_progress',
    'accepted resolve': 'resolved',
    'accepted escalate': 'accepted',
    'in_progress resolve': 'resolved',
    'in_progress escalate': 'in_progress',
    'reopened start': 'in_progress',
    'reopened resolve': 'resolved',
    'reopened escalate': 'reopened',
    'resolved confirm': 'closed',
    'resolved reopen': 'reopened',
    'resolved auto_close': 'closed',
    'submitted withdraw': 'withdrawn',
    'submitted urge': 'submitted',
    'accepted urge': 'accepted',
    'in_progress urge': 'in_progress',
    'reopened urge': 'reopened',
  };

  it.each(
    COMPLAINT_STATUSES.flatMap((s) => COMPLAINT_ACTIONS.map((a) => [s, a] as [ComplaintStatus, ComplaintAction])),
  )('from %s, %s', (status, action) => {
    expect(complaintTransition(status, action)).toBe(allowed[`${status} ${action}`] ?? null);
  });

  it('allows nothing on a closed complaint', () => {
    expect(COMPLAINT_ACTIONS.filter((a) => complaintTransition('closed', a) !== null)).toEqual([]);
  });

  it('allows nothing on a withdrawn complaint, which reads 已撤回', () => {
    expect(COMPLAINT_ACTIONS.filter((a) => complaintTransition('withdrawn', a) !== null)).toEqual([]);
    expect(COMPLAINT_STATUS_LABELS.withdrawn).toBe('已撤回');
  });
});

describe('awaitsHandler', () => {
  it('is false once resolved, closed or withdrawn, true while open', () => {
    expect(COMPLAINT_STATUSES.filter((s) => !awaitsHandler(s))).toEqual(['resolved', 'closed', 'withdrawn']);
  });
});

describe('mayUrge', () => {
  it('allows one urge per level while open and unresolved', () => {
    expect(mayUrge({ status: 'submitted', level: 'ordinary' }, [])).toBe(true);
    expect(mayUrge({ status: 'in_progress', level: 'ordinary' }, ['ordinary'])).toBe(false);
    expect(mayUrge({ status: 'in_progress', level: 'difficult' }, ['ordinary'])).toBe(true);
    expect(mayUrge({ status: 'reopened', level: 'major' }, ['ordinary', 'difficult'])).toBe(true);
  });

  it('never once resolved, closed or withdrawn', () => {
    for (const status of ['resolved', 'closed', 'withdrawn'] as const)
      expect(mayUrge({ status, level: 'ordinary' }, [])).toBe(false);
  });
});

describe('resolveProblem', () => {
  it('wants a note of a few characters, in Chinese', () => {
    expect(resolveProblem('noise', { note: '', photoCount: 0 })).toMatch(/写明处理情况/);
    expect(resolveProblem('noise', { note: ' 已修 ', photoCount: 1 })).toMatch(/至少 4 个字/);
    expect(resolveProblem('noise', { note: '更换灯泡', photoCount: 0 })).toBeNull();
  });

  it('wants a photo for repairs (设施报修) only', () => {
    expect(resolveProblem('facilities', { note: '已更换楼道灯泡', photoCount: 0 })).toBe(
      '设施报修类诉求办结须上传至少一张处理后的照片',
    );
    expect(resolveProblem('facilities', { note: '已更换楼道灯泡', photoCount: 1 })).toBeNull();
    const needPhoto = COMPLAINT_CATEGORIES.filter((c) => resolveProblem(c, { note: '已处理完毕', photoCount: 0 }));
    expect(needPhoto).toEqual(['facilities']);
  });
});

describe('complaintLevelLabel', () => {
  it('names where the complaint is handled', () => {
    expect(complaintLevelLabel('difficult', 'micro_grid')).toBe('疑难（社区攻坚）');
    expect(complaintLevelLabel('difficult', 'property')).toBe('疑难（社区攻坚）');
    expect(complaintLevelLabel('major', 'community')).toBe('重大（街道联合整治）');
    expect(complaintLevelLabel('ordinary', 'micro_grid')).toBe('一般（网格处置）');
    expect(complaintLevelLabel('ordinary', 'general_grid')).toBe('一般（网格处置）');
    expect(complaintLevelLabel('ordinary', 'property')).toBe('一般（物业处置）');
    expect(complaintLevelLabel('ordinary', 'community')).toBe('一般（社区处置）');
  });
});

describe('markProblemCompounds', () => {
  const rows = (...counts: number[]) => counts.map((count, id) => ({ id, count }));
  const ids = (marked: Set<{ id: number }>) => [...marked].map((r) => r.id).sort((a, b) => a - b);

  it('marks at least one compound when any has complaints', () => {
    expect(ids(markProblemCompounds(rows(0, 3, 1)))).toEqual([1]);
  });

  it('marks nobody when nobody complained', () => {
    expect(markProblemCompounds(rows(0, 0, 0)).size).toBe(0);
  });

  it('takes 5% rounded up: 21 compounds → 2', () => {
    const counts = Array.from({ length: 21 }, (_, i) => i + 1);
    expect(ids(markProblemCompounds(rows(...counts)))).toEqual([19, 20]);
  });

  it('includes every compound tied at the cut', () => {
    expect(ids(markProblemCompounds(rows(5, 9, 9, 9, 1)))).toEqual([1, 2, 3]);
  });

  it('by property: marked ones outnumber none unmarked, and the quota is met unless there are too few', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 200 }), (counts) => {
        const all = rows(...counts);
        const marked = markProblemCompounds(all);
        const unmarked = all.filter((r) => !marked.has(r));
        const minMarked = Math.min(...[...marked].map((r) => r.count));
        for (const r of unmarked) expect(r.count === 0 || r.count < minMarked).toBe(true);
        const withComplaints = all.filter((r) => r.count > 0).length;
        const quota = Math.max(1, Math.ceil((all.length * 5) / 100));
        expect(marked.size).toBeGreaterThanOrEqual(Math.min(quota, withComplaints));
        for (const r of marked) expect(r.count).toBeGreaterThan(0);
      }),
    );
  });
});

describe('per100', () => {
  it.each([
    [3, 80, '3.75'],
    [1, 3, '33.33'],
    [2, 3, '66.67'],
    [1, 200000, '0.00'],
    [1, 40000, '0.00'],
    [1, 39999, '0.00'],
    [1, 20000, '0.01'],
    [0, 120, '0.00'],
    [7, 0, '0.00'],
  ])('%i per %i households → %s', (count, households, text) => {
    expect(per100(count, households)).toBe(text);
  });
});

describe('repairs and complaints about the property company', () => {
  test('a complaint about the company is never the company’s, whatever its stored route', () => {
    expect(handlingRoute('property', 'property_service')).toBe('community');
    expect(handlingRoute('property', 'facilities')).toBe('property');
    expect(handlingRoute('micro_grid', 'property_service')).toBe('micro_grid');
    expect(PROPERTY_ROUTED_CATEGORIES).toEqual(['facilities']);
    expect(COMPLAINT_CATEGORY_LABELS.property_service).toBe('投诉物业服务');
  });

  test('who handles it reads by level: the route while ordinary, the task force once escalated', () => {
    expect(complaintHandlerLabel('ordinary', 'micro_grid')).toBe('微网格员');
    expect(complaintHandlerLabel('ordinary', 'property')).toBe('物业服务企业');
    expect(complaintHandlerLabel('difficult', 'property')).toBe('社区（疑难攻坚）');
    expect(complaintHandlerLabel('major', 'micro_grid')).toBe('街道（联合整治）');
  });

  test('work numbers: landlines and mobiles, not words', () => {
    for (const ok of ['028-8765-4321', '13800001111', '+8602887654321']) expect(WORK_PHONE_PATTERN.test(ok)).toBe(true);
    for (const bad of ['请打我电话', '12', '028--', '-13800001111']) expect(WORK_PHONE_PATTERN.test(bad)).toBe(false);
  });
});
