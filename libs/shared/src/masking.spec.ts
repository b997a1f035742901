import fc from 'fast-check';
import { maskPersonalData } from './masking.js';

describe('a given name keeps its surname, both characters of a compound one', () => {
  test.each([
    ['张三丰', '张**'],
    ['李娜', '李*'],
    ['欧阳娜娜', '欧阳**'],
    ['司马光', '司马*'],
    ['诸葛亮', '诸葛*'],
    ['上官婉儿', '上官**'],
    ['欧阳', '欧*'],
  ])('%s → %s', (name, masked) => expect(maskPersonalData(`是${name}。`, [name])).toBe(`是${masked}。`));
});

describe('maskPersonalData by example', () => {
  test('the finding: a resident’s complaint with a mobile number, an ID number and their name', () => {
    const text = '我是3栋2单元1203的业主王建国，电话13812345678，楼下垃圾三天没人清运，身份证510104198803152316';
    expect(maskPersonalData(text, ['王建国'])).toBe(
      '我是3栋2单元1203的业主王**，电话138********，楼下垃圾三天没人清运，身份证510***************',
    );
  });

  test.each([
    ['13812345678', '138********'],
    ['138 1234 5678', '138 **** ****'],
    ['138-1234-5678', '138-****-****'],
    ['+86 138 1234 5678', '+86 138 **** ****'],
    ['+8613812345678', '+86138********'],
    ['8613812345678', '86138********'],
    ['(+86)13812345678', '(+86)138********'],
    ['１３８１２３４５６７８', '１３８********'],
    ['手机：19912345678。', '手机：199********。'],
  ])('mobile %s → %s', (input, masked) => expect(maskPersonalData(input)).toBe(masked));

  test.each([
    ['座机028-8888 8888', '座机028-**** ****'],
    ['(028)88888888', '(028)********'],
    ['（0755）1234567', '（0755）*******'],
    ['家里电话8888 8888，晚上打', '家里电话**** ****，晚上打'],
    ['联系方式：85123456', '联系方式：********'],
    ['tel: 8512 3456', 'tel: **** ****'],
  ])('landline %s → %s', (input, masked) => expect(maskPersonalData(input)).toBe(masked));

  test.each([
    ['身份证号510104198803152316', '身份证号510***************'],
    ['身份证 51010419880315231X', '身份证 510***************'],
    ['51010419880315231x。', '510***************。'],
    ['510104 19880315 2316', '510*** ******** ****'],
    ['老身份证510104880315231', '老身份证510************'],
  ])('resident ID %s → %s', (input, masked) => expect(maskPersonalData(input)).toBe(masked));

  test.each([
    ['我叫李娜，住3栋', '我叫李*，住3栋'],
    ['联系人：欧阳娜娜', '联系人：欧阳**'],
    ['联系人是张伟。', '联系人是张*。'],
    ['本人王建国，', '本人王**，'],
    ['业主王建国先生反映', '业主王**先生反映'],
    ['物业说，刘德华女士已经搬走', '物业说，刘**女士已经搬走'],
  ])('introduced name %s → %s', (input, masked) => expect(maskPersonalData(input)).toBe(masked));

  test('given names anywhere in the text, longest first, a Latin name only as a whole word', () => {
    expect(maskPersonalData('王建国家的狗，王建国说王建不在', ['王建', '王建国'])).toBe('王**家的狗，王**说王*不在');
    expect(maskPersonalData('Tom said Tomato', ['Tom'])).toBe('T** said Tomato');
    expect(maskPersonalData('张先生说', ['张', '', '  '])).toBe('张先生说');
  });

  test.each([
    ['微信号：wxid_abc123', '微信号：w**********'],
    ['加我VX zhang_san88', '加我VX z**********'],
    ['QQ 123456789', 'QQ 1********'],
    ['邮箱zhangsan@qq.com，或 13812345678@163.com.', '邮箱z*******@qq.com，或 1**********@163.com.'],
  ])('contact ids %s → %s', (input, masked) => expect(maskPersonalData(input)).toBe(masked));

  test.each([
    '物业费¥1,234.50，维修基金3000元，共计12345678元',
    '2026年11月29日 20:30，2026-11-29 08:00，2026.11.29',
    '5栋2单元1203室，1203，B座1203',
    '面积89.5㎡，诉求编号#20261129001，第3次反映',
    '联系物业交了12345678元，电话费¥12345678',
    '联系时间2026-11-29，来电 2026 11 29',
    '王先生说楼道灯坏了，李阿姨也这么说',
    '我是高层住户，我是周边居民，业主方面已经同意，我叫了保安，本人常年在外',
    '400-800-1234 是物业热线的？不，热线是12345',
    '楼下垃圾三天没人清运，请尽快处理。',
  ])('left alone: %s', (text) => expect(maskPersonalData(text)).toBe(text));
});

const HAN_FILLER = '楼下垃圾三天没人清运小区门口路灯坏了物业请尽快处理谢谢电梯噪音水管漏水停车位，。！？、';
const filler = fc.string({ unit: fc.constantFrom(...HAN_FILLER), maxLength: 20 });
const separator = fc.string({ unit: fc.constantFrom(...HAN_FILLER), minLength: 1, maxLength: 20 });
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));

const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([second, rest]) => `1${second}${rest}`);
const writtenMobile = fc
  .tuple(mobile, fc.constantFrom('', '+86', '+86 ', '86', '0086-'), fc.constantFrom('', ' ', '-', ' - '))
  .map(([m, prefix, sep]) => ({
    number: m,
    written: `${prefix}${m.slice(0, 3)}${sep}${m.slice(3, 7)}${sep}${m.slice(7)}`,
  }));
const residentId = fc
  .tuple(fc.integer({ min: 1, max: 9 }), digits(16), fc.constantFrom(...'0123456789Xx'))
  .map(([first, middle, check]) => `${first}${middle}${check}`);

/** Text mixing every character the rules look at: digits, separators, letters, triggers, surnames, units. */
const ALPHABET = [
  ...'0123456789１３８ -+()（）@._*：:',
  ...'abwxqQVX',
  ...'我是叫业主联系人电话手机座机本姓名王张欧阳先生女士建国元万¥㎡栋单元室年月日楼下',
];
const anyText = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 60 });
const names = fc.array(fc.string({ unit: fc.constantFrom(...'王张欧阳建国李娜先生Tom'), minLength: 1, maxLength: 4 }), {
  maxLength: 3,
});

describe('maskPersonalData by property', () => {
  test('masking twice is masking once', () => {
    fc.assert(
      fc.property(anyText, names, (text, given) => {
        const once = maskPersonalData(text, given);
        expect(maskPersonalData(once, given)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  test('the text keeps its length and every character is kept or becomes *', () => {
    fc.assert(
      fc.property(anyText, names, (text, given) => {
        const before = Array.from(text);
        const after = Array.from(maskPersonalData(text, given));
        expect(after).toHaveLength(before.length);
        expect(after.every((c, i) => c === before[i] || c === '*')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('text with no digits, letters or names is left as written', () => {
    fc.assert(fc.property(filler, (text) => expect(maskPersonalData(text)).toBe(text)));
  });

  test('no mobile number, however written, survives in Chinese text', () => {
    fc.assert(
      fc.property(filler, writtenMobile, filler, (a, { number, written }, b) => {
        const out = maskPersonalData(`${a}${written}${b}`);
        expect(out.replace(/[\s-]/g, '')).not.toContain(number);
        expect(out.replace(/[\s-]/g, '')).not.toContain(number.slice(3));
      }),
    );
  });

  test('no resident ID number survives in Chinese text', () => {
    fc.assert(
      fc.property(filler, residentId, filler, (a, id, b) => {
        const out = maskPersonalData(`${a}身份证${id}${b}`);
        expect(out).not.toContain(id.slice(3));
        expect(out.startsWith(a)).toBe(true);
        expect(out.endsWith(b)).toBe(true);
      }),
    );
  });

  test('a given name does not survive, the surname does', () => {
    fc.assert(
      fc.property(
        filler,
        fc.constantFrom(['王建国', '王**'], ['张小梅', '张**'], ['欧阳娜娜', '欧阳**'], ['李娜', '李*']),
        filler,
        (a, [name, masked], b) => {
          expect(maskPersonalData(`${a}${name}${b}`, [name])).toBe(`${a}${masked}${b}`);
        },
      ),
    );
  });

  test('amounts, dates, times, rooms and areas are left as written', () => {
    const amount = fc.integer({ min: 0, max: 99_999_999 });
    const token = fc.oneof(
      amount.map((n) => `${n}元`),
      amount.map((n) => `¥${n.toLocaleString('en-US')}.${String(n % 100).padStart(2, '0')}`),
      fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).chain((d) => {
        const [y, m, day] = d.toISOString().slice(0, 10).split('-');
        return fc.constantFrom(`${y}年${Number(m)}月${Number(day)}日`, `${y}-${m}-${day}`, `${y}.${m}.${day}`);
      }),
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
      fc
        .tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 101, max: 3404 }))
        .map(([b, u, r]) => `${b}栋${u}单元${r}室`),
      fc.integer({ min: 1, max: 99_999 }).map((n) => `${n / 10}㎡`),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(separator, token), { maxLength: 6 }), filler, (parts, end) => {
        const text = parts.map(([f, t]) => f + t).join('') + end;
        expect(maskPersonalData(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
