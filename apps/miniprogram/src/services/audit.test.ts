import type { AuditEntryView } from '@xiaoqu/shared';
import { auditLine } from './audit';

const entry = (over: Partial<AuditEntryView> = {}): AuditEntryView => ({
  id: 7,
  personId: 3,
  personName: '周物业',
  personDeleted: false,
  role: 'property_staff',
  placeId: 5,
  placeName: '锦绣花园',
  method: 'POST',
  route: 'POST /api/compounds/:compoundId/account-disclosures',
  recordIds: { compoundId: '5', id: '12' },
  status: 201,
  requestId: 'req-1',
  at: '2026-11-29T06:05:00.000Z',
  ...over,
});

describe('auditLine', () => {
  test('says who, in which role, did what, where and when, in Chinese', () => {
    expect(auditLine(entry())).toEqual({
      key: 7,
      who: '周物业',
      role: '物业服务人员',
      what: '新建收支公示草稿',
      where: '锦绣花园',
      when: '2026年11月29日 14:05',
      detail: 'POST /api/compounds/:compoundId/account-disclosures（compoundId=5，id=12） · 请求编号 req-1',
    });
  });

  test('a route this build does not know reads 其他操作; a deleted account is said so', () => {
    const line = auditLine(
      entry({ route: 'PATCH /api/something/:id', personDeleted: true, personName: null, placeName: null }),
    );
    expect(line.what).toBe('其他操作');
    expect(line.who).toBe('已注销用户');
    expect(line.where).toBe('地点5');
  });
});
