import type { MeResponse, RoleGrantView, TimelineEventView } from '@xiaoqu/shared';
import {
  averageScoreText,
  evaluationOpen,
  formatDateTimeCn,
  hasPollOpened,
  isResidentOf,
  mayPostUpdates,
  parseAttendees,
  partyPositions,
  recordableParties,
  supportOpen,
  timelineLine,
  updatesOpen,
} from './consultation';

const event = (patch: Partial<TimelineEventView>): TimelineEventView => ({
  id: 1,
  kind: 'raised',
  at: '2026-11-26T06:05:00Z',
  actorRole: '业委会成员',
  text: '提出议题',
  party: null,
  attachmentIds: [],
  progress: null,
  ...patch,
});

const compound = { id: 7, name: '锦绣花园', level: 'compound' as const };
const community = { id: 3, name: '某社区', level: 'community' as const };
const grant = (role: RoleGrantView['role'], onCompound = true): RoleGrantView =>
  onCompound
    ? { role, place: compound, placePath: [community], grid: null }
    : { role, place: { ...compound, id: 8 }, placePath: [community], grid: null };
const me = (roles: RoleGrantView[], units: MeResponse['units'] = []): MeResponse => ({
  id: 1,
  name: null,
  phone: null,
  roles,
  units,
});

describe('timelineLine', () => {
  it('says who acted (by role) and when, in China time', () => {
    expect(timelineLine(event({})).meta).toBe('业委会成员 · 2026年11月26日 14:05');
    expect(formatDateTimeCn('2026-12-31T16:30:00Z')).toBe('2027年1月1日 00:30');
  });

  it('names the party of a position and the progress of an update', () => {
    expect(timelineLine(event({ kind: 'position', party: 'property_company', text: '同意' })).title).toBe('物业的意见');
    expect(timelineLine(event({ kind: 'update', progress: 60 })).title).toBe('落实进展 · 60%');
    expect(timelineLine(event({ kind: 'vote_closed' })).title).toBe('表决结束');
  });

  it('splits a meeting into its minutes and attendees', () => {
    const line = timelineLine(event({ kind: 'meeting', text: '议定公开招标。\n第二行\n参会：张三、 李四、' }));
    expect(line.text).toBe('议定公开招标。\n第二行');
    expect(line.attendees).toEqual(['张三', '李四']);
  });

  it('writes times inside the text the way people read them', () => {
    const opened = event({ kind: 'vote_opened', text: '业主共同决定表决开始，截止 2026-11-27T15:59:59.000Z' });
    expect(timelineLine(opened).text).toBe('业主共同决定表决开始，截止 2026年11月27日 23:59');
    expect(timelineLine(event({ text: '第 2026-13-45T99:99Z 号' })).text).toBe('第 2026-13-45T99:99Z 号');
  });

  it('keeps a meeting without an attendees line whole', () => {
    const line = timelineLine(event({ kind: 'meeting', text: '参会人员另附' }));
    expect(line).toMatchObject({ text: '参会人员另附', attendees: [] });
  });
});

describe('parseAttendees', () => {
  it('splits on Chinese and Latin separators, once each', () => {
    expect(parseAttendees('张三，李四、王五 张三\n赵六;钱七')).toEqual(['张三', '李四', '王五', '赵六', '钱七']);
    expect(parseAttendees('  ')).toEqual([]);
  });

  it('keeps at most 50 names', () => {
    expect(parseAttendees(Array.from({ length: 60 }, (_, i) => `人${i}`).join('、'))).toHaveLength(50);
  });
});

describe('partyPositions', () => {
  it('lists the four parties in order, with the position of those that gave one', () => {
    const rows = partyPositions([{ party: 'owners_committee', text: '建议招标', at: '2026-11-26T06:00:00Z' }]);
    expect(rows.map((r) => r.label)).toEqual(['居委会', '业委会', '物业', '社会组织']);
    expect(rows[1]).toMatchObject({ party: 'owners_committee', text: '建议招标' });
    expect(rows.filter((r) => r.text === null)).toHaveLength(3);
  });
});

describe('who may do what', () => {
  it('lets the community office record any party, others their own only', () => {
    expect(recordableParties(me([grant('community_admin', false)]), 7)).toHaveLength(4);
    expect(recordableParties(me([grant('committee_member')]), 7)).toHaveLength(4);
    expect(recordableParties(me([grant('property_staff')]), 7)).toEqual(['property_company']);
    expect(recordableParties(me([grant('committee_member', false)]), 7)).toEqual([]);
    expect(recordableParties(me([grant('owner')]), 7)).toEqual([]);
  });

  it('lets organisers and the property company post progress', () => {
    expect(mayPostUpdates(me([grant('property_staff')]), 7)).toBe(true);
    expect(mayPostUpdates(me([grant('supervisor')]), 7)).toBe(false);
  });

  it('knows residents and owners of the compound', () => {
    expect(isResidentOf(me([grant('resident')]), 7)).toBe(true);
    expect(isResidentOf(me([grant('resident', false)]), 7)).toBe(false);
    expect(isResidentOf(me([grant('committee_member')]), 7)).toBe(false);
    const unit = {
      unitId: 1,
      compound,
      building: '1栋',
      entrance: '1单元',
      room: '101',
    } as MeResponse['units'][number];
    expect(isResidentOf(me([], [unit]), 7)).toBe(true);
  });
});

describe('stages', () => {
  it('opens support, updates and evaluation at their stages', () => {
    expect([supportOpen('raised'), supportOpen('consultation'), supportOpen('voting')]).toEqual([true, true, false]);
    expect([updatesOpen('voting'), updatesOpen('published'), updatesOpen('implementing')]).toEqual([false, true, true]);
    expect([evaluationOpen('published'), evaluationOpen('implementing'), evaluationOpen('evaluated')]).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe('averageScoreText', () => {
  it('rounds the average to one decimal', () => {
    expect(averageScoreText({ count: 3, scoreSum: 13, mine: null })).toBe('4.3 分 · 3 人评价');
    expect(averageScoreText({ count: 2, scoreSum: 10, mine: 5 })).toBe('5.0 分 · 2 人评价');
    expect(averageScoreText({ count: 0, scoreSum: 0, mine: null })).toBeNull();
  });
});

describe('hasPollOpened', () => {
  it('finds the opening of a resident poll, not of an owner vote', () => {
    expect(hasPollOpened([event({ kind: 'vote_opened', text: '居民意见征询开始（仅供参考）' })])).toBe(true);
    expect(hasPollOpened([event({ kind: 'vote_opened', text: '业主表决开始' })])).toBe(false);
  });
});
