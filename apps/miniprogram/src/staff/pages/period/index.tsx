import { useMemo, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Dialog, Tag, TextArea } from '@nutui/nutui-react-taro';
import {
  BILLING_MODEL_LABELS,
  CATEGORY_LABELS,
  formatDateCn,
  formatFen,
  LINE_COLUMNS,
  periodLabel,
  ROLE_LABELS,
  type AccountDisclosureDetail,
  type ErrorDetail,
  type LineView,
  type QuestionView,
} from '@xiaoqu/shared';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { PrivacyPopup } from '../../../components/PrivacyPopup';
import { QuestionItem } from '../../../components/QuestionItem';
import { useAsync } from '../../../hooks/useAsync';
import { api } from '../../../services/api';
import { attachmentLabel, openAttachment, openDownloaded } from '../../../services/attachments';
import { collectionText, questionsForStaff } from '../../../services/disclosure';
import { toastError, toastSuccess } from '../../../services/feedback';
import { disclosureStaffGrants, type DisclosureStaffRole } from '../../../services/places';
import { ApiError, errorMessage, type UploadFile } from '../../../services/request';
import { LinesImportOutcome, type ImportOutcome } from '../../components/LinesImportOutcome';
import { VoucherMissing } from '../../components/VoucherMissing';
import { chooseSpreadsheet, chooseVoucher } from '../../lib/files';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';

type Writing = { kind: 'answer'; question: QuestionView } | { kind: 'flag'; line: LineView } | { kind: 'note' } | null;

const WRITING_COPY = {
  answer: { title: '公开答复', confirm: '发布答复', placeholder: '答复会对本小区居民公开，请说明这笔钱的用途和依据' },
  flag: { title: '标记这笔明细', confirm: '标记', placeholder: '例如：金额比上月高很多，请物业说明并补充比价材料' },
  note: { title: '审阅意见', confirm: '提交意见', placeholder: '写给物业的意见，公示前请处理' },
} as const;

/** Trust model: an expense above the threshold cannot be published without a voucher. */
function needsVoucher(detail: AccountDisclosureDetail, line: LineView): boolean {
  return (
    detail.billingModel === 'trust' &&
    line.direction === 'expense' &&
    detail.voucherRequiredAboveFen !== null &&
    line.amountFen > detail.voucherRequiredAboveFen &&
    line.attachments.length === 0
  );
}

async function loadPeriod(id: number) {
  const [me, detail, questions] = await Promise.all([
    api.me(),
    api.accountDisclosure(id),
    api.disclosureQuestions(id).catch(() => [] as QuestionView[]),
  ]);
  const roles: DisclosureStaffRole[] = disclosureStaffGrants(me)
    .filter((g) => g.place.id === detail.compoundId)
    .map((g) => g.role);
  return { detail, questions, roles };
}

export default function StaffPeriodPage() {
  const router = useRouter();
  const id = Number(router.params.id);
  const load = useMemo(() => () => loadPeriod(id), [id]);
  const [state, reload] = useAsync(load);
  const [outcome, setOutcome] = useState<ImportOutcome>({ kind: 'none' });
  const [missing, setMissing] = useState<ErrorDetail[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [writing, setWriting] = useState<Writing>(null);
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const sheetInput = useRef<HTMLInputElement | null>(null);
  const voucherInput = useRef<HTMLInputElement | null>(null);
  const voucherFor = useRef<LineView | null>(null);

  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data) return <PageLoading state={state} failed="没能加载这期公示" onRetry={reload} />;

  const { detail, questions, roles } = state.data;
  const isProperty = roles.includes('property_staff');
  const isReviewer = roles.includes('supervisor') || roles.includes('committee_member');
  const draft = detail.status === 'draft';
  const editable = draft && isProperty;
  const sorted = questionsForStaff(questions);
  const unanswered = sorted.filter((q) => !q.answer).length;
  const lineById = new Map(detail.lines.map((l) => [l.id, l]));

  async function run(name: string, action: () => Promise<void>) {
    setBusy(name);
    try {
      await action();
    } finally {
      setBusy(null);
    }
  }

  async function downloadTemplate() {
    await run('template', async () => {
      try {
        const file = await api.lineTemplateFile();
        await openDownloaded(file, '收支明细模板.xlsx', 'xlsx');
      } catch (error) {
        toastError(error);
      }
    });
  }

  async function importLines(file: UploadFile) {
    setOutcome({ kind: 'uploading', name: file.name });
    setMissing(null);
    try {
      const result = await api.importLines(id, file);
      setOutcome({
        kind: 'imported',
        name: file.name,
        lineCount: result.lines.length,
        incomeFen: result.totals.incomeFen,
        expenseFen: result.totals.expenseFen,
      });
      toastSuccess('导入成功');
      await reload();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'LINES_INVALID') {
        setOutcome({ kind: 'refused', name: file.name, message: error.message, rows: error.details });
      } else {
        setOutcome({ kind: 'failed', name: file.name, message: errorMessage(error) });
        toastError(error);
      }
    }
  }

  async function pickSheet() {
    if (IS_H5) {
      sheetInput.current?.click();
      return;
    }
    const file = await chooseSpreadsheet();
    if (file) await importLines(file);
  }

  async function attach(line: LineView, file: UploadFile) {
    await run(`voucher-${line.id}`, async () => {
      try {
        await api.attachVoucher(line.id, file);
        toastSuccess('已附凭证');
        setMissing((prev) => prev?.filter((d) => d.field !== String(line.id)) ?? null);
        await reload();
      } catch (error) {
        toastError(error);
      }
    });
  }

  async function pickVoucher(line: LineView) {
    if (IS_H5) {
      voucherFor.current = line;
      voucherInput.current?.click();
      return;
    }
    const file = await chooseVoucher();
    if (file) await attach(line, file);
  }

  async function publish() {
    const sure = await Taro.showModal({
      title: `公示${periodLabel(detail.periodKey)}收支？`,
      content: '公示后本小区居民都能看到，内容不能再修改或删除；如有错误只能发布更正。',
      confirmText: '公示',
      cancelText: '再看看',
    });
    if (!sure.confirm) return;
    await run('publish', async () => {
      try {
        await api.publishDisclosure(id);
        setMissing(null);
        toastSuccess('已公示');
        await reload();
      } catch (error) {
        if (error instanceof ApiError && error.code === 'VOUCHER_REQUIRED') {
          setMissing(error.details);
        } else {
          toastError(error);
        }
      }
    });
  }

  async function remove() {
    const sure = await Taro.showModal({
      title: '删除这份草稿？',
      content: '草稿里的明细和凭证都会删除，居民从未看到过它。',
      confirmText: '删除',
      cancelText: '保留',
    });
    if (!sure.confirm) return;
    await run('delete', async () => {
      try {
        await api.deleteDisclosure(id);
        toastSuccess('已删除');
        void Taro.navigateBack();
      } catch (error) {
        toastError(error);
      }
    });
  }

  async function amend() {
    const sure = await Taro.showModal({
      title: '发布更正？',
      content: '会新建一份更正草稿，内容先照抄本期；改好并公示后，居民会看到两份并列，原公示不会被改动。',
      confirmText: '新建更正',
      cancelText: '取消',
    });
    if (!sure.confirm) return;
    await run('amend', async () => {
      try {
        const draftId = (await api.amendDisclosure(id)).id;
        void Taro.redirectTo({ url: `/staff/pages/period/index?id=${draftId}` });
      } catch (error) {
        toastError(error);
      }
    });
  }

  function startWriting(next: Writing) {
    setText('');
    setTextError(null);
    setWriting(next);
  }

  async function submitWriting() {
    const current = writing;
    const value = text.trim();
    if (!current) return;
    if (!value) {
      setTextError('请先写内容');
      return;
    }
    setWriting(null);
    await run('writing', async () => {
      try {
        if (current.kind === 'answer') await api.answerQuestion(current.question.id, { text: value });
        else if (current.kind === 'flag') await api.flagLine(current.line.id, { reason: value });
        else await api.reviewNote(id, { text: value });
        toastSuccess(current.kind === 'answer' ? '已答复' : current.kind === 'flag' ? '已标记' : '已提交');
      } catch (error) {
        toastError(error);
      }
      await reload();
    });
  }

  const copy = writing ? WRITING_COPY[writing.kind] : WRITING_COPY.note;
  return (
    <View className="xq-page xq-staff-period">
      <PrivacyPopup purpose="从微信聊天中选择收支明细表格或凭证" />
      {IS_H5 && (
        <>
          <input
            ref={sheetInput}
            className="xq-staff-period__file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importLines({ kind: 'blob', blob: file, name: file.name });
            }}
          />
          <input
            ref={voucherInput}
            className="xq-staff-period__file"
            type="file"
            accept="image/jpeg,image/png,application/pdf"
            onChange={(e) => {
              const file = e.target.files?.[0];
              const line = voucherFor.current;
              e.target.value = '';
              if (file && line) void attach(line, { kind: 'blob', blob: file, name: file.name });
            }}
          />
        </>
      )}

      <View className="xq-staff-period__head">
        <View className="xq-staff-period__title">
          <Text>{periodLabel(detail.periodKey)}收支</Text>
          <Tag background={draft ? '#fff4e5' : '#e6f2ee'} color={draft ? '#7a4100' : '#0b5a41'} className="xq-tag">
            {draft ? '草稿 · 居民看不到' : '已公示'}
          </Tag>
        </View>
        <Text className="xq-staff-period__sub">
          {BILLING_MODEL_LABELS[detail.billingModel]}
          {detail.billingModel === 'trust' && detail.voucherRequiredAboveFen !== null
            ? ` · 超过 ${formatFen(detail.voucherRequiredAboveFen)} 的支出须附凭证`
            : ''}
          {roles.length > 0 ? ` · 您是${roles.map((r) => ROLE_LABELS[r]).join('、')}` : ''}
        </Text>
      </View>

      {detail.amendsId !== null && (
        <View className="xq-staff-period__notice">
          <Text>这是对此前同期公示的更正。</Text>
          <Text
            className="xq-staff-period__link"
            onClick={() => void Taro.navigateTo({ url: `/staff/pages/period/index?id=${detail.amendsId}` })}
          >
            查看原公示 ›
          </Text>
        </View>
      )}
      {detail.amendedById !== null && (
        <View className="xq-staff-period__notice">
          <Text>本期已有更正。</Text>
          <Text
            className="xq-staff-period__link"
            onClick={() => void Taro.navigateTo({ url: `/staff/pages/period/index?id=${detail.amendedById}` })}
          >
            查看更正 ›
          </Text>
        </View>
      )}

      {/* The next action first: publish a ready draft, or answer waiting questions. */}
      {editable && (
        <View className="xq-staff-period__card">
          <Button
            type="primary"
            size="xlarge"
            block
            loading={busy === 'publish'}
            disabled={busy !== null || detail.lines.length === 0}
            onClick={() => void publish()}
          >
            {detail.lines.length === 0 ? '先导入明细，再公示' : `公示（${detail.lines.length} 笔明细）`}
          </Button>
          {missing && missing.length > 0 && (
            <VoucherMissing
              details={missing}
              lines={detail.lines}
              thresholdFen={detail.voucherRequiredAboveFen}
              onAttach={(line) => void pickVoucher(line)}
            />
          )}
        </View>
      )}
      {!draft && isProperty && unanswered > 0 && (
        <View className="xq-staff-period__notice xq-staff-period__notice--urgent">
          <Text>有 {unanswered} 条质询等待答复，请在下方「居民质询」中答复。</Text>
        </View>
      )}

      <View className="xq-staff-period__card xq-staff-period__totals">
        <Text>
          收入 {formatFen(detail.totals.incomeFen)} · 支出 {formatFen(detail.totals.expenseFen)} · 结余{' '}
          {formatFen(detail.totals.balanceFen)}
        </Text>
        <Text>物业费收缴率 {collectionText(detail.totals) ?? '无数据'}</Text>
      </View>

      {editable && (
        <View className="xq-staff-period__card">
          <View className="xq-staff-period__label">
            <Text>导入明细（.xlsx）</Text>
          </View>
          <View className="xq-staff-period__hint">
            <Text>
              下载模板，每行填一笔收入或支出，表头：{LINE_COLUMNS.map((c) => c.header).join('、')}
              （户数只在物业费行填）。
              删除示例行后上传。有任何一行不对，整个文件都不会导入，并列出要改的行；导入成功会替换草稿现有的明细。
            </Text>
          </View>
          <View className="xq-staff-period__buttons">
            <Button size="large" loading={busy === 'template'} onClick={() => void downloadTemplate()}>
              下载模板
            </Button>
            <Button
              type="primary"
              size="large"
              loading={outcome.kind === 'uploading'}
              disabled={outcome.kind === 'uploading'}
              onClick={() => void pickSheet()}
            >
              {outcome.kind === 'uploading' ? '正在校验…' : '上传填好的表格'}
            </Button>
          </View>
          <LinesImportOutcome outcome={outcome} />
        </View>
      )}

      {(draft || detail.reviewNotes.length > 0) && (isReviewer || isProperty) && (
        <View className="xq-staff-period__card">
          <View className="xq-staff-period__label">
            <Text>审阅意见（{detail.reviewNotes.length}）</Text>
          </View>
          {detail.reviewNotes.length === 0 && (
            <View className="xq-staff-period__hint">
              <Text>{isReviewer ? '还没有意见。看过明细后可以写下您的意见。' : '业委会或监察人还没有留下意见。'}</Text>
            </View>
          )}
          {detail.reviewNotes.map((note) => (
            <View key={note.id} className="xq-staff-period__note">
              <Text className="xq-staff-period__note-who">
                {note.authorName}（{ROLE_LABELS[note.role]}）· {formatDateCn(note.createdAt)}
              </Text>
              <Text>{note.text}</Text>
            </View>
          ))}
          {draft && isReviewer && (
            <Button size="large" block onClick={() => startWriting({ kind: 'note' })}>
              写审阅意见
            </Button>
          )}
        </View>
      )}

      {sorted.length > 0 && (
        <View className="xq-staff-period__card">
          <View className="xq-staff-period__label">
            <Text>
              居民质询（待答复 {unanswered} / 共 {sorted.length}）
            </Text>
          </View>
          {sorted.map((q) => {
            const line = lineById.get(q.lineId);
            return (
              <QuestionItem key={q.id} question={q}>
                {line && (
                  <View className="xq-staff-period__about">
                    <Text>
                      关于：{CATEGORY_LABELS[line.category]} · {line.counterparty} · {formatFen(line.amountFen)}
                    </Text>
                  </View>
                )}
                {!q.answer && isProperty && (
                  <Button type="primary" size="large" onClick={() => startWriting({ kind: 'answer', question: q })}>
                    答复
                  </Button>
                )}
              </QuestionItem>
            );
          })}
        </View>
      )}

      <View className="xq-staff-period__card">
        <View className="xq-staff-period__label">
          <Text>明细（{detail.lines.length} 笔）</Text>
        </View>
        {detail.lines.length === 0 && (
          <View className="xq-staff-period__hint">
            <Text>{editable ? '还没有明细：先下载模板填好，再上传。' : '这期还没有明细。'}</Text>
          </View>
        )}
        {detail.lines.map((line) => (
          <View key={line.id} className="xq-staff-period__line">
            <View className="xq-staff-period__line-main">
              <Text className="xq-staff-period__line-what">
                {CATEGORY_LABELS[line.category]} · {line.counterparty}
              </Text>
              <Text className="xq-staff-period__line-amount">
                {line.direction === 'income' ? '+' : '-'}
                {formatFen(line.amountFen)}
              </Text>
            </View>
            <View className="xq-staff-period__line-sub">
              <Text>{line.occurredOn}</Text>
              {line.note ? <Text> · {line.note}</Text> : null}
            </View>
            <View className="xq-staff-period__line-tags">
              {needsVoucher(detail, line) && (
                <Tag background="#fdecea" color="#8c1d18" className="xq-tag">
                  须附凭证
                </Tag>
              )}
              {line.flagged && (
                <Tag background="#fff4e5" color="#7a4100" className="xq-tag">
                  ⚑ 已被标记
                </Tag>
              )}
              {line.unansweredCount > 0 && (
                <Tag background="#fff4e5" color="#7a4100" className="xq-tag">
                  待答质询 {line.unansweredCount}
                </Tag>
              )}
            </View>
            {line.attachments.map((a) => (
              <Text
                key={a.id}
                className="xq-staff-period__voucher"
                onClick={() => void openAttachment(a, line.attachments)}
              >
                凭证：{attachmentLabel(a)} ›
              </Text>
            ))}
            <View className="xq-staff-period__line-actions">
              {editable && (
                <Button
                  size="normal"
                  loading={busy === `voucher-${line.id}`}
                  disabled={busy !== null}
                  onClick={() => void pickVoucher(line)}
                >
                  附凭证
                </Button>
              )}
              {isReviewer && !line.flagged && (
                <Button size="normal" onClick={() => startWriting({ kind: 'flag', line })}>
                  标记
                </Button>
              )}
            </View>
          </View>
        ))}
      </View>

      {isProperty && (
        <View className="xq-staff-period__card">
          {draft ? (
            <Button
              size="large"
              block
              loading={busy === 'delete'}
              disabled={busy !== null}
              onClick={() => void remove()}
            >
              删除草稿
            </Button>
          ) : (
            detail.amendedById === null && (
              <Button
                size="large"
                block
                loading={busy === 'amend'}
                disabled={busy !== null}
                onClick={() => void amend()}
              >
                发布更正
              </Button>
            )
          )}
        </View>
      )}
      <View className="xq-staff-period__end" />

      <Dialog
        visible={writing !== null}
        title={copy.title}
        confirmText={copy.confirm}
        cancelText="取消"
        onConfirm={() => void submitWriting()}
        onCancel={() => setWriting(null)}
      >
        <View className="xq-staff-period__dialog">
          {writing?.kind === 'answer' && (
            <View className="xq-staff-period__hint">
              <Text>问：{writing.question.text}</Text>
            </View>
          )}
          <TextArea
            className="xq-staff-period__textarea"
            placeholder={copy.placeholder}
            value={text}
            onChange={(value) => {
              setText(value);
              setTextError(null);
            }}
            maxLength={1000}
            showCount
          />
          {textError && (
            <View className="xq-staff-period__error" role="alert">
              <Text>⚠ {textError}</Text>
            </View>
          )}
        </View>
      </Dialog>
    </View>
  );
}
