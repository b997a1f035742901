import { EMPTY_SERVICE_FORM, fenToYuanText, parseFeeStandard, validateServiceForm } from './service-form';

describe('parseFeeStandard', () => {
  it('reads 元/m²/月 as exact integer fen', () => {
    expect(parseFeeStandard('2.35')).toEqual({ fen: 235 });
    expect(parseFeeStandard(' 2 ')).toEqual({ fen: 200 });
    expect(parseFeeStandard('0.8')).toEqual({ fen: 80 });
    expect(parseFeeStandard('1.10元')).toEqual({ fen: 110 });
    expect(parseFeeStandard('4.35元/m²/月')).toEqual({ fen: 435 });
    // Values a float would get wrong: 0.29 * 100 = 28.999999999999996, 1.15 * 100 = 114.99999999999999
    expect(parseFeeStandard('0.29')).toEqual({ fen: 29 });
    expect(parseFeeStandard('1.15')).toEqual({ fen: 115 });
    expect(parseFeeStandard('1000')).toEqual({ fen: 100_000 });
  });

  it('refuses three decimals rather than rounding', () => {
    expect(parseFeeStandard('2.355')).toEqual({ error: '最多两位小数（精确到分），例如 2.35' });
    expect(parseFeeStandard('0.005')).toHaveProperty('error');
  });

  it('refuses what is not a fee', () => {
    for (const text of ['', '  ', 'abc', '-1', '2,35', '1e2', '.5', '2.']) {
      expect(parseFeeStandard(text)).toHaveProperty('error');
    }
    expect(parseFeeStandard('1000.01')).toEqual({ error: '标准过高，请核对单位：元/m²/月' });
  });

  it('round-trips through the yuan text the form shows', () => {
    for (const fen of [0, 5, 80, 235, 100_000]) {
      const back = parseFeeStandard(fenToYuanText(fen));
      expect(back).toEqual({ fen });
    }
    expect(fenToYuanText(235)).toBe('2.35');
    expect(fenToYuanText(5)).toBe('0.05');
  });
});

describe('validateServiceForm', () => {
  const filled = {
    company: ' 成都某某物业服务有限公司 ',
    contractStart: '2026-01-01',
    contractEnd: '2028/12/31',
    serviceLevel: '一级',
    fee: '2.35',
    staffPosts: [
      { post: '保洁员', headcount: '6' },
      { post: '', headcount: '' },
    ],
    items: [{ name: '公共区域清扫', frequency: '每日 2 次' }],
  };

  it('builds the request body with the fee in fen and empty rows dropped', () => {
    expect(validateServiceForm(filled).input).toEqual({
      company: '成都某某物业服务有限公司',
      contractStart: '2026-01-01',
      contractEnd: '2028-12-31',
      serviceLevel: '一级',
      feeStandardFenPerM2Month: 235,
      staffPosts: [{ post: '保洁员', headcount: 6 }],
      items: [{ name: '公共区域清扫', frequency: '每日 2 次' }],
    });
  });

  it('names each field to fix', () => {
    const { errors } = validateServiceForm({
      ...EMPTY_SERVICE_FORM,
      contractStart: '2026-01-01',
      contractEnd: '2025-12-31',
      fee: '2.355',
      staffPosts: [{ post: '保安', headcount: '两' }],
      items: [{ name: '绿化', frequency: '' }],
    });
    expect(errors).toEqual({
      company: '请填写物业公司名称',
      contract: '合同结束日期不能早于开始日期',
      serviceLevel: '请填写服务等级，例如 一级',
      fee: '最多两位小数（精确到分），例如 2.35',
      posts: '每个岗位请填写名称和人数（整数）',
      items: '每个服务项目请填写名称和频次',
    });
  });
});
