import { basisRequestOf, basisText, noticeText, roleText } from './notice';

describe('noticeText', () => {
  it('quotes a platform notice with the owners told, or that the messages are on their way', () => {
    const notice = { method: 'platform' as const, at: '2026-11-30T16:30:00Z', attachmentId: null, notifiedOwners: 312 };
    expect(noticeText(notice)).toBe('12月1日在本平台公告，已通知 312 位认证业主');
    expect(noticeText({ ...notice, notifiedOwners: 5726 })).toBe('12月1日在本平台公告，已通知 5,726 位认证业主');
    expect(noticeText({ ...notice, notifiedOwners: null })).toBe('12月1日在本平台公告，通知发送中');
  });

  it('never calls a platform notice posted, and says posted only for the notice board', () => {
    const platform = noticeText({
      method: 'platform',
      at: '2026-12-01T02:00:00Z',
      attachmentId: null,
      notifiedOwners: 3,
    });
    expect(platform).not.toContain('张贴');
    expect(noticeText({ method: 'posted', at: '2026-11-10T16:00:00Z', attachmentId: 8, notifiedOwners: null })).toBe(
      '11月11日张贴于小区公告栏',
    );
  });
});

describe('basis', () => {
  it('quotes the clause', () => {
    expect(
      basisText({ clause: '《锦绣花园管理规约》第二十条：业主共同决定事项可以通过小区共治平台以电子方式表决' }),
    ).toBe('依据：《锦绣花园管理规约》第二十条：业主共同决定事项可以通过小区共治平台以电子方式表决');
  });

  it('needs the clause and its document, and an objection period of 3–15 days (7 when left empty)', () => {
    const draft = { clause: ' 《规约》第二十条 ', documentAttachmentId: 4, objectionDays: '' };
    expect(basisRequestOf(draft)).toEqual({
      request: { clause: '《规约》第二十条', documentAttachmentId: 4, objectionDays: 7 },
      error: null,
    });
    expect(basisRequestOf({ ...draft, objectionDays: '15' }).request?.objectionDays).toBe(15);
    expect(basisRequestOf({ ...draft, objectionDays: '2' }).error).toBe('询异期须为 3–15 天');
    expect(basisRequestOf({ ...draft, objectionDays: '16' }).error).toBe('询异期须为 3–15 天');
    expect(basisRequestOf({ ...draft, objectionDays: '7.5' }).error).toBe('询异期请填 3–15 之间的整数天数');
    expect(basisRequestOf({ ...draft, clause: '  ' }).error).toMatch(/^请写明管理规约或议事规则/);
    expect(basisRequestOf({ ...draft, clause: '第二十条' }).error).toBe('条款至少 5 个字，请照规约原文填写');
    expect(basisRequestOf({ ...draft, documentAttachmentId: null }).error).toMatch(/^请上传/);
  });
});

describe('roleText', () => {
  it('reads a role code in words and leaves words as they are', () => {
    expect(roleText('committee_member')).toBe('业委会成员');
    expect(roleText('社区管理员')).toBe('社区管理员');
  });
});
