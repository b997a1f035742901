import type { BallotRecordView } from '@xiaoqu/shared';
import { choiceLine, type VoteShape } from './ballot-record';

const record = (patch: Partial<BallotRecordView> = {}): BallotRecordView => ({
  id: 1,
  method: 'paper',
  madeAt: '2026-11-20T15:59:59.000Z',
  enteredAt: '2026-11-21T02:00:00.000Z',
  enteredBy: '李主任',
  choice: null,
  optionId: null,
  correctsBallotId: null,
  units: ['3栋1单元101'],
  unitIds: [101],
  proxyName: null,
  scanAttachmentId: null,
  proxyDocumentId: null,
  counted: true,
  ...patch,
});
const approval: VoteShape = { kind: 'approval', options: [], status: 'closed', secret: false };
const choice: VoteShape = {
  kind: 'choice',
  options: [
    { id: 'a', label: '续聘锦程物业' },
    { id: 'b', label: '选聘安居物业' },
  ],
  status: 'closed',
  secret: false,
};

describe('choiceLine', () => {
  it('names the choice once the server shows it', () => {
    expect(choiceLine(record({ choice: 'agree' }), approval)).toBe('意见：同意 · ');
    expect(choiceLine(record({ optionId: 'b' }), choice)).toBe('意见：「选聘安居物业」 · ');
  });

  it('says why a hidden choice is hidden', () => {
    expect(choiceLine(record(), { ...approval, secret: true })).toBe('秘密表决，不显示意见 · ');
    expect(choiceLine(record(), { ...approval, status: 'open' })).toBe('表决结束前不显示意见 · ');
  });
});
