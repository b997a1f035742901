/**
 * Error codes the API answers with (`{ code, message, requestId, details? }`) and the mini program maps to
 * Chinese messages. Each code has exactly one HTTP status.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_FILE: 415,
  SPREADSHEET_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
  SHUTTING_DOWN: 503,
  WECHAT_CODE_INVALID: 400,
  WECHAT_RATE_LIMITED: 429,
  WECHAT_USER_BLOCKED: 403,
  WECHAT_LOGIN_FAILED: 400,
  WECHAT_UNAVAILABLE: 502,
  ROSTER_INVALID: 400,
  CLAIM_NOT_MATCHED: 422,
  CLAIM_ALREADY_PENDING: 409,
  CLAIM_ALREADY_OWNER: 409,
  CLAIM_NOT_PENDING: 409,
  CLAIM_TOO_MANY_ATTEMPTS: 429,
  CLAIM_CONFIRM_REQUIRED: 400,
  CLAIM_EVIDENCE_REQUIRED: 422,
  CLAIM_NOT_APPROVED: 409,
  OWNER_MERGE_NOT_ALLOWED: 400,
  GRANT_NOT_ALLOWED: 400,
  DISCLOSURE_PUBLISHED: 409,
  DISCLOSURE_PERIOD_EXISTS: 409,
  DISCLOSURE_PERIOD_IN_FUTURE: 400,
  DISCLOSURE_EMPTY: 409,
  VOUCHER_REQUIRED: 409,
  LINES_INVALID: 400,
  QUESTION_ALREADY_ANSWERED: 409,
  PRINT_UNAVAILABLE: 503,
  STORAGE_UNAVAILABLE: 503,
  FILE_INTEGRITY_FAILED: 409,
  VOTE_CLOSED: 409,
  VOTE_ALREADY_OPEN: 409,
  NOT_AN_OWNER: 403,
  IDEMPOTENCY_KEY_REUSED: 409,
  COMPLAINT_ACTION_NOT_ALLOWED: 409,
  VOTE_NOTICE_TOO_SHORT: 400,
  VOTE_NOT_OPEN: 409,
  CONTENT_REJECTED: 422,
  COMPLAINT_PLAN_EXISTS: 409,
  VOTE_STILL_OPEN: 409,
  VOTE_COUNT_SEALED: 409,
  VOTE_BASIS_MISSING: 409,
  VOTE_NOT_IN_OBJECTION_PERIOD: 409,
  OBJECTION_ALREADY_ANSWERED: 409,
  ACCOUNT_DELETION_NOT_CONFIRMED: 400,
} as const;

/** Every error code the API can answer with. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** The Chinese message shown to a user for each error code. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '提交的内容有误，请检查后再试',
  UNAUTHENTICATED: '请先登录',
  TOKEN_EXPIRED: '登录已过期，请重新登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关内容',
  CONFLICT: '操作与当前状态冲突，请刷新后再试',
  PAYLOAD_TOO_LARGE: '文件太大，请换一个较小的文件',
  UNSUPPORTED_FILE: '不支持这种文件格式',
  SPREADSHEET_TOO_LARGE: '表格太大（行数、列数或内容超出上限），请拆分后再导入',
  TOO_MANY_REQUESTS: '操作太频繁，请稍后再试',
  INTERNAL: '服务出了点问题，请稍后再试',
  DATABASE_UNAVAILABLE: '服务暂时不可用，请稍后再试',
  SHUTTING_DOWN: '服务正在更新，请稍后再试',
  WECHAT_CODE_INVALID: '微信登录凭证无效或已使用，请重新登录',
  WECHAT_RATE_LIMITED: '登录太频繁，请稍后再试',
  WECHAT_USER_BLOCKED: '微信提示此账号存在风险，暂时无法登录',
  WECHAT_LOGIN_FAILED: '微信登录失败，请稍后再试',
  WECHAT_UNAVAILABLE: '暂时连不上微信服务，请稍后再试',
  ROSTER_INVALID: '花名册中有错误的行，未导入任何数据',
  CLAIM_NOT_MATCHED: '房号、业主姓名或手机号后四位与登记信息不符',
  CLAIM_ALREADY_PENDING: '这套房屋的认证申请正在审核中',
  CLAIM_ALREADY_OWNER: '您已经是这套房屋的认证业主',
  CLAIM_NOT_PENDING: '这条申请已经处理过了',
  CLAIM_TOO_MANY_ATTEMPTS: '今天核对失败次数过多，请明天再试或联系社区',
  CLAIM_CONFIRM_REQUIRED: '请先核对申请与花名册的比对结果，确认后再通过',
  CLAIM_EVIDENCE_REQUIRED:
    '不能通过：花名册登记了不动产权证号或购房合同号的，须申请人填写的后六位一致；否则须附上不动产权证或购房合同的照片',
  CLAIM_NOT_APPROVED: '只有已通过的认证才能撤销',
  OWNER_MERGE_NOT_ALLOWED: '这两套房屋的业主不能合并为同一人',
  GRANT_NOT_ALLOWED: '不能授予这个角色',
  DISCLOSURE_PUBLISHED: '已公示的内容不能修改或删除，如需更正请发布更正公示',
  DISCLOSURE_PERIOD_EXISTS: '这个期间已经有公示或草稿了',
  DISCLOSURE_PERIOD_IN_FUTURE: '还没到的期间不能公示',
  DISCLOSURE_EMPTY: '还没有任何收支明细，不能公示',
  VOUCHER_REQUIRED: '信托制小区：超过限额的支出须附凭证后才能公示',
  LINES_INVALID: '收支明细中有错误的行，未导入任何数据',
  QUESTION_ALREADY_ANSWERED: '这条质询已经答复过了',
  PRINT_UNAVAILABLE: '打印服务暂不可用，请稍后再试或联系物业索取纸质公示',
  STORAGE_UNAVAILABLE: '文件存储暂时不可用，请稍后再试',
  FILE_INTEGRITY_FAILED: '文件校验未通过：存储的内容与登记的指纹不一致，已通知管理员',
  VOTE_CLOSED: '表决已经结束，不能再投票',
  VOTE_ALREADY_OPEN: '这个议题已经开启了表决',
  NOT_AN_OWNER: '只有本小区经认证的业主才能参加业主共同决定的表决',
  IDEMPOTENCY_KEY_REUSED: '同一个请求编号被用于不同的内容，请刷新后重试',
  VOTE_NOT_OPEN: '表决尚未开始，请在公告的开始时间之后再投票',
  VOTE_NOTICE_TOO_SHORT: '业主表决须在开始前至少 15 日通知全体业主（《物业管理条例》第十四条）',
  COMPLAINT_ACTION_NOT_ALLOWED: '诉求当前的状态不能进行这个操作，请刷新后再试',
  CONTENT_REJECTED: '内容未通过微信内容安全检测，请修改后再提交',
  COMPLAINT_PLAN_EXISTS: '这个小区本期已经有“一院一案”了',
  VOTE_STILL_OPEN: '表决在截止时间之前不能结束，到时会自动结束并公示结果；如需停止，请中止表决并写明理由',
  VOTE_COUNT_SEALED: '表决结束前不公布同意、反对等票数和每户的选择，只公布参与情况',
  VOTE_BASIS_MISSING:
    '本小区尚未记录管理规约或议事规则中允许在本平台表决的条款，不能在本平台发起业主表决；可先记录依据，或在四川省业主电子投票系统表决后导入结果',
  VOTE_NOT_IN_OBJECTION_PERIOD: '只有在结果询异公示期内才能提出异议或更正',
  OBJECTION_ALREADY_ANSWERED: '这条异议已经答复过了',
  ACCOUNT_DELETION_NOT_CONFIRMED: '请输入“注销”两个字确认注销账号',
};

/** Is this string one of our error codes? */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_STATUS, value);
}

/** One problem with one field or row of a request. */
export interface ErrorDetail {
  /** Field path, or `row 12` for file imports. */
  field?: string;
  row?: number;
  message: string;
}

/** The body of every error answer. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  requestId: string;
  details?: ErrorDetail[];
}
