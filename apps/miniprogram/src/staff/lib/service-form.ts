import { parseDay, type ServiceDisclosureInput, type ServiceDisclosureView } from '@xiaoqu/shared';

/** The largest fee standard the API takes: ¥1,000.00 per m² per month. */
const MAX_FEE_FEN = 100_000;

/**
 * A fee standard typed in 元/m²/月 (`2.35`, `2`, `0.8`, `2.35元`) as integer fen, by integer arithmetic on the
 * digits (never through a float, which would turn 2.35 into 234.99999…). More than two decimals is refused:
 * a fee is exact to the fen.
 */
export function parseFeeStandard(text: string): { fen: number } | { error: string } {
  const value = text.trim().replace(/\s*元?\s*(\/\s*m²\s*\/\s*月)?$/, '');
  if (!value) return { error: '请填写物业费标准，例如 2.35' };
  if (/^\d+\.\d{3,}$/.test(value)) return { error: '最多两位小数（精确到分），例如 2.35' };
  const m = /^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(value);
  if (!m) return { error: '请只填数字，例如 2.35' };
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (fen > MAX_FEE_FEN) return { error: '标准过高，请核对单位：元/m²/月' };
  return { fen };
}

/** Fen as the yuan text the form shows (`235` → `2.35`), by integer arithmetic. */
export function fenToYuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** The editor's fields, all text as typed. */
export interface ServiceForm {
  company: string;
  contractStart: string;
  contractEnd: string;
  serviceLevel: string;
  fee: string;
  staffPosts: { post: string; headcount: string }[];
  items: { name: string; frequency: string }[];
}

export const EMPTY_SERVICE_FORM: ServiceForm = {
  company: '',
  contractStart: '',
  contractEnd: '',
  serviceLevel: '',
  fee: '',
  staffPosts: [{ post: '', headcount: '' }],
  items: [{ name: '', frequency: '' }],
};

export function formOf(view: ServiceDisclosureView): ServiceForm {
  return {
    company: view.company,
    contractStart: view.contractStart,
    contractEnd: view.contractEnd,
    serviceLevel: view.serviceLevel,
    fee: fenToYuanText(view.feeStandardFenPerM2Month),
    staffPosts: view.staffPosts.map((p) => ({ post: p.post, headcount: String(p.headcount) })),
    items: view.items.map((i) => ({ ...i })),
  };
}

export type ServiceFormErrors = Partial<
  Record<'company' | 'contract' | 'serviceLevel' | 'fee' | 'posts' | 'items', string>
>;

/** The request body, or what to fix, field by field, in Chinese. Empty list rows are dropped. */
export function validateServiceForm(
  form: ServiceForm,
): { input: ServiceDisclosureInput; errors?: undefined } | { errors: ServiceFormErrors; input?: undefined } {
  const errors: ServiceFormErrors = {};
  const company = form.company.trim();
  if (!company) errors.company = '请填写物业公司名称';
  const start = parseDay(form.contractStart);
  const end = parseDay(form.contractEnd);
  if (!start || !end) errors.contract = '请选择合同的开始和结束日期';
  else if (end < start) errors.contract = '合同结束日期不能早于开始日期';
  const serviceLevel = form.serviceLevel.trim();
  if (!serviceLevel) errors.serviceLevel = '请填写服务等级，例如 一级';
  const fee = parseFeeStandard(form.fee);
  if ('error' in fee) errors.fee = fee.error;

  const posts = form.staffPosts
    .map((p) => ({ post: p.post.trim(), headcount: p.headcount.trim() }))
    .filter((p) => p.post || p.headcount);
  if (posts.some((p) => !p.post || !/^\d{1,4}$/.test(p.headcount))) {
    errors.posts = '每个岗位请填写名称和人数（整数）';
  }
  const items = form.items
    .map((i) => ({ name: i.name.trim(), frequency: i.frequency.trim() }))
    .filter((i) => i.name || i.frequency);
  if (items.some((i) => !i.name || !i.frequency)) errors.items = '每个服务项目请填写名称和频次';

  if (Object.keys(errors).length > 0 || !start || !end || 'error' in fee) return { errors };
  return {
    input: {
      company,
      contractStart: start,
      contractEnd: end,
      serviceLevel,
      feeStandardFenPerM2Month: fee.fen,
      staffPosts: posts.map((p) => ({ post: p.post, headcount: Number(p.headcount) })),
      items,
    },
  };
}
