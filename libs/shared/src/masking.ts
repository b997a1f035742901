// Regular expressions here use no lookbehind: older iOS WeChat (JavaScriptCore before iOS 16.4) cannot parse it,
// and this module is bundled into the mini program. A boundary before a match is a captured character instead.

const DIGIT = '[0-9０-９]';
const NOT_DIGIT_BEFORE = '(^|[^0-9０-９])';
const NOT_DIGIT_AFTER = '(?![0-9０-９])';
/** Between digit groups of a number: a dash with optional spaces, or one or two spaces. */
const GROUP_SEP = '(?:[ \\u00a0\\u3000]{0,2}[-－–—][ \\u00a0\\u3000]{0,2}|[ \\u00a0\\u3000]{1,2})?';
const HAN = '[\\u3400-\\u9fff]';

/** Compound surnames (复姓): both characters are kept when a name is masked. */
const COMPOUND_SURNAMES = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '令狐', '独孤', '南宫', '西门', '端木', '百里', '呼延', '闻人', '万俟', '澹台', '公冶', '宗政', '濮阳', '太史',
  '申屠', '钟离', '赫连', '拓跋', '司空', '第五',
]; // prettier-ignore

/** The commonest single surnames: a name is only guessed from a self-introduction when it starts with one. */
const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜' +
  '崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

const SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${COMMON_SURNAMES}])`;
const HONORIFICS = '先生|女士|小姐|阿姨|师傅|大爷|大妈|老师';
/** One or two characters of a given name, not an honorific ("业主王先生" names no one). */
const GIVEN = `((?!${HONORIFICS})${HAN}{1,2})`;

/** Words after which a name follows: "我是…", "我叫…", "联系人：…", "业主…". */
const INTRODUCED_NAME = new RegExp(
  `(我是|我叫|名叫|本人|业主|住户|联系人|报修人|投诉人|反映人|姓名|署名)([:：\\s]{0,2}(?:是|为)?[:：\\s]{0,2})` +
    `(${SURNAME})${GIVEN}(?=[^\\u3400-\\u9fff]|$|${HONORIFICS})`,
  'g',
);
/** A full name before an honorific, at the start of a phrase: "，王建国先生". */
const NAME_BEFORE_HONORIFIC = new RegExp(`(^|[^\\u3400-\\u9fff])(${SURNAME})${GIVEN}(?=${HONORIFICS})`, 'g');

/** The whole domain (a shorter match would leave an address behind for a second pass). */
const EMAIL =
  /([A-Za-z0-9._%+-])([A-Za-z0-9._%+-]*)(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![A-Za-z0-9@-]|\.[A-Za-z0-9])/g;
/** WeChat ids are 6–20 letters, digits, `-` and `_`, starting with a letter. */
const WECHAT_ID =
  /(微信号?|微信ID|[Vv][Xx]|[Vv]信|[Ww][Xx])([:：\s]{0,3})([A-Za-z])([-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])/g;
const QQ = new RegExp(`([Qq]{2}号?[:：\\s]{0,3})(${DIGIT})(${DIGIT}{4,10})${NOT_DIGIT_AFTER}`, 'g');
/** 18-character resident ID (17 digits and a check digit or X), or the old 15-digit one, optionally grouped. */
const RESIDENT_ID = new RegExp(
  `${NOT_DIGIT_BEFORE}([1-9１-９]${DIGIT}{2})(${DIGIT}{3}[ -]?${DIGIT}{4}[ -]?${DIGIT}{4}[ -]?${DIGIT}{3}[0-9０-９XxＸｘ]` +
    `|${DIGIT}{3}[ -]?${DIGIT}{6}[ -]?${DIGIT}{3})${NOT_DIGIT_AFTER}`,
  'g',
);
/** Mainland mobile numbers: 1[3-9] and 9 digits, grouped 3-4-4 or not, with an optional +86 / 86 / 0086. */
const MOBILE = new RegExp(
  `${NOT_DIGIT_BEFORE}((?:[(（]?(?:[+＋]|00)?86[)）]?${GROUP_SEP})?[1１][3-9３-９]${DIGIT})` +
    `(${GROUP_SEP}${DIGIT}{4}${GROUP_SEP}${DIGIT}{4})${NOT_DIGIT_AFTER}`,
  'g',
);
/** Landlines with an area code: 028-8888 8888, (028)88888888, 0755 1234567. */
const LANDLINE = new RegExp(
  `${NOT_DIGIT_BEFORE}([(（]?0${DIGIT}{2,3}[)）]?${GROUP_SEP})(${DIGIT}{3,4}${GROUP_SEP}${DIGIT}{4})${NOT_DIGIT_AFTER}`,
  'g',
);
/** Any 7–12 digit number shortly after a word that announces a phone number ("座机 8888 8888"); a `*` ends the gap. */
const ANNOUNCED_NUMBER = new RegExp(
  `(电话|手机|座机|固话|联系方式|联系|致电|拨打|来电|热线|[Tt]el|TEL|[Pp]hone)([^0-9０-９*\\n]{0,8}?)` +
    `(${DIGIT}(?:${DIGIT}|[ \\-－](?=${DIGIT})){6,15})${NOT_DIGIT_AFTER}`,
  'g',
);
/** What follows a number that is an amount or a measure, not a phone number. */
const UNIT_AFTER = /^[元圆块万亿角分%％㎡平米]/;
const CURRENCY_BEFORE = /[¥￥$]\s*$/;

const DIGITS = /[0-9０-９]/g;
const maskDigits = (s: string) => s.replace(DIGITS, '*');
const stars = (s: string) => '*'.repeat(Array.from(s).length);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// As public notices do: the surname stays, both characters of a compound one (复姓) when the name is longer than it.
// Unlike format.ts's maskName (for names shown alone), this keeps 欧阳 of 欧阳娜娜 and the text's length.
function maskFullName(name: string): string {
  const chars = Array.from(name.trim());
  const keep = chars.length > 2 && COMPOUND_SURNAMES.includes(chars.slice(0, 2).join('')) ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(Math.max(0, chars.length - keep));
}

/**
 * Masks personal data in free text before it is shown to anyone but its author and the staff who handle it
 * (the Open311 feed, other residents' lists). Each masked character becomes one `*`, so the text keeps its length,
 * everything else is left as written, and masking twice gives the same as masking once.
 *
 * Masked:
 * - mainland mobile numbers, also grouped (`138 1234 5678`, `138-1234-5678`) or after +86 / 86 / 0086: the first
 *   three digits stay and the other eight are masked (`138********`). The common `138****5678` is not used: its
 *   last four digits, with a building and a surname beside them, narrow a neighbour down to one person.
 * - landlines with an area code (`028-8888 8888`, `(028)88888888`): the area code stays; and any 7–12 digit number
 *   shortly after 电话 / 手机 / 座机 / 联系 / 拨打 … unless it is an amount (`¥`, `元`, `万` …): all digits masked.
 * - resident ID numbers (18 characters, or the old 15 digits, also grouped): all but the first three characters,
 *   which name no more than a province.
 * - the given `names` (e.g. the filer's) wherever they appear, and a name introduced by 我是 / 我叫 / 联系人 / 业主 …
 *   or followed by 先生 / 女士 …, when it starts with a common surname: the surname stays, both characters of a
 *   compound one (`张三丰` → `张**`, `欧阳娜娜` → `欧阳**`).
 * - e-mail addresses (all but the first character of the local part), WeChat ids after 微信 / VX / wx, QQ numbers.
 *
 * Left alone: amounts (`¥1,234.50`, `3000元`), dates and times, building, unit and room numbers (`5栋2单元1203室`),
 * areas (`89.5㎡`), ids of records, and surnames on their own (`王先生`).
 *
 * @param text   the text as its author wrote it
 * @param names  names to mask wherever they appear; names shorter than two characters are ignored
 */
export function maskPersonalData(text: string, names: readonly string[] = []): string {
  // Names first: the later rules turn only digits and letters into `*`, which no name rule looks at, so one pass is
  // final (masking twice = once).
  let out = maskGivenNames(text, names);
  out = out
    .replace(INTRODUCED_NAME, (_m, word: string, sep: string, surname: string, given: string) =>
      [word, sep, surname, stars(given)].join(''),
    )
    .replace(NAME_BEFORE_HONORIFIC, (_m, before: string, surname: string, given: string) =>
      [before, surname, stars(given)].join(''),
    )
    .replace(EMAIL, (_m, first: string, rest: string, domain: string) => first + stars(rest) + domain)
    .replace(
      WECHAT_ID,
      (_m, word: string, sep: string, first: string, rest: string) => word + sep + first + stars(rest),
    )
    .replace(QQ, (_m, word: string, first: string, rest: string) => word + first + maskDigits(rest))
    .replace(
      RESIDENT_ID,
      (_m, before: string, head: string, rest: string) => before + head + maskDigits(rest).replace(/[XxＸｘ]/, '*'),
    )
    .replace(MOBILE, (_m, before: string, head: string, rest: string) => before + head + maskDigits(rest))
    .replace(LANDLINE, (_m, before: string, area: string, local: string) => before + area + maskDigits(local));
  return out.replace(ANNOUNCED_NUMBER, (m, word: string, gap: string, num: string, offset: number, all: string) => {
    const groups = num.split(/[ \-－]/);
    const digits = groups.join('').length;
    // Phone numbers are written in groups of three digits or more; 2026-11-29 is a date.
    const phoneLike = digits >= 7 && digits <= 12 && groups.every((g) => g.length >= 3);
    if (!phoneLike || UNIT_AFTER.test(all.slice(offset + m.length)) || CURRENCY_BEFORE.test(gap)) return m;
    return word + gap + maskDigits(num);
  });
}

/** The given names, longest first; a Latin name only as a whole word. */
function maskGivenNames(text: string, names: readonly string[]): string {
  const wanted = [...new Set(names.map((n) => n.trim()))]
    .filter((n) => Array.from(n).length >= 2 && !n.includes('*'))
    .sort((a, b) => Array.from(b).length - Array.from(a).length);
  let out = text;
  for (const name of wanted) {
    const latin = /^[A-Za-z][A-Za-z .'-]*$/.test(name);
    const pattern = latin
      ? new RegExp(`(^|[^A-Za-z])(${escapeRegExp(name)})(?![A-Za-z])`, 'g')
      : new RegExp(`()(${escapeRegExp(name)})`, 'g');
    out = out.replace(pattern, (_m, before: string, found: string) => before + maskFullName(found));
  }
  return out;
}
