import { paperBallotRequest, type PaperBallotForm } from './paper';

const form = (patch: Partial<PaperBallotForm> = {}): PaperBallotForm => ({
  unitId: 12,
  ballot: { choice: 'agree' },
  method: 'paper',
  signedOn: '2026-11-26',
  scanId: 7,
  proxyName: '',
  proxyDocumentId: null,
  ...patch,
});

describe('paperBallotRequest', () => {
  it('builds a paper ballot without proxy fields', () => {
    expect(paperBallotRequest(form(), '2026-11-26')).toEqual({
      request: { unitId: 12, choice: 'agree', method: 'paper', signedOn: '2026-11-26', scanAttachmentId: 7 },
      error: null,
    });
  });

  it('asks a proxy ballot for the proxy and the signed authorisation', () => {
    expect(paperBallotRequest(form({ method: 'proxy' }), '2026-11-26').error).toBe('请填写受托人姓名');
    expect(paperBallotRequest(form({ method: 'proxy', proxyName: '王芳' }), '2026-11-26').error).toBe(
      '请上传业主签字的授权委托书',
    );
    expect(
      paperBallotRequest(form({ method: 'proxy', proxyName: ' 王芳 ', proxyDocumentId: 8 }), '2026-11-26'),
    ).toEqual({
      request: {
        unitId: 12,
        choice: 'agree',
        method: 'proxy',
        signedOn: '2026-11-26',
        scanAttachmentId: 7,
        proxyName: '王芳',
        proxyDocumentId: 8,
      },
      error: null,
    });
  });

  it('takes an option of a multi-option vote, or abstaining', () => {
    expect(paperBallotRequest(form({ ballot: { optionId: 'b' } }), '2026-11-26').request).toEqual({
      unitId: 12,
      optionId: 'b',
      method: 'paper',
      signedOn: '2026-11-26',
      scanAttachmentId: 7,
    });
    expect(paperBallotRequest(form({ ballot: { optionId: null } }), '2026-11-26').request).toMatchObject({
      optionId: null,
    });
  });

  it('says what is missing first: unit, choice, day, scan', () => {
    expect(paperBallotRequest(form({ unitId: null }), '2026-11-26').error).toBe('请选择楼栋和房屋');
    expect(paperBallotRequest(form({ ballot: null }), '2026-11-26').error).toBe('请选择票面上的意见');
    expect(paperBallotRequest(form({ signedOn: '11/26' }), '2026-11-26').error).toBe('请选择签署日期');
    expect(paperBallotRequest(form({ signedOn: '2026-02-30' }), '2026-11-26').error).toBe('请选择签署日期');
    expect(paperBallotRequest(form({ signedOn: '2026-11-27' }), '2026-11-26').error).toBe('签署日期不能晚于今天');
    expect(paperBallotRequest(form({ scanId: null }), '2026-11-26').error).toBe('请上传签字表决票的照片或扫描件');
  });
});
