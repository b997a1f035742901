import { useMemo, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { periodLabel, type ErrorDetail, type LineView, type QuestionView } from '@xiaoqu/shared';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { PrivacyPopup } from '../../../components/PrivacyPopup';
import { useAsync } from '../../../hooks/useAsync';
import { accountApi } from '../../../services/clients/account';
import { disclosureApi } from '../../../services/clients/disclosure';
import { openDownloaded } from '../../../services/attachments';
import { questionsForStaff } from '../../../services/disclosure';
import { toastError, toastSuccess } from '../../../services/feedback';
import { disclosureStaffGrants, type DisclosureStaffRole } from '../../../services/places';
import { ApiError, errorMessage, type UploadFile } from '../../../services/request';
import { LinesImportCard } from '../../components/LinesImportCard';
import type { ImportOutcome } from '../../components/LinesImportOutcome';
import { PeriodEndActions } from '../../components/PeriodEndActions';
import { PeriodHeader } from '../../components/PeriodHeader';
import { PeriodQuestions } from '../../components/PeriodQuestions';
import { ReviewNotesCard } from '../../components/ReviewNotesCard';
import { WritingDialog, type Writing } from '../../components/WritingDialog';
import { chooseSpreadsheet, chooseVoucher } from '../../lib/files';
import { useFilePick } from '../../lib/useFilePick';
import { PeriodPublishCard } from '../../components/PeriodPublishCard';
import { PeriodTotals } from '../../components/PeriodTotals';
import { PeriodLines } from '../../components/PeriodLines';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

const SPREADSHEET_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const VOUCHER_TYPES = 'image/jpeg,image/png,application/pdf';

async function loadPeriod(id: number) {
  const [me, detail, questions] = await Promise.all([
    accountApi.me(),
    disclosureApi.accountDisclosure(id),
    disclosureApi.disclosureQuestions(id).catch(() => [] as QuestionView[]),
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
  const [writing, setWriting] = useState<Writing | null>(null);
  // Hooks before the early return; the callbacks run later, on a picked file.
  const sheet = useFilePick<true>(SPREADSHEET_TYPES, chooseSpreadsheet, (file) => void importLines(file));
  const voucher = useFilePick<LineView>(VOUCHER_TYPES, chooseVoucher, (file, line) => void attach(line, file));

  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载这期公示" onRetry={reload} />
      </>
    );

  const { detail, questions, roles } = state.data;
  const isProperty = roles.includes('property_staff');
  const isReviewer = roles.includes('supervisor') || roles.includes('committee_member');
  const draft = detail.status === 'draft';
  const editable = draft && isProperty;
  const sorted = questionsForStaff(questions);
  const unanswered = sorted.filter((q) => !q.answer).length;

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
        const file = await disclosureApi.lineTemplateFile();
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
      const result = await disclosureApi.importLines(id, file);
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

  async function attach(line: LineView, file: UploadFile) {
    await run(`voucher-${line.id}`, async () => {
      try {
        await disclosureApi.attachVoucher(line.id, file);
        toastSuccess('已附凭证');
        setMissing((prev) => prev?.filter((d) => d.field !== String(line.id)) ?? null);
        await reload();
      } catch (error) {
        toastError(error);
      }
    });
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
        await disclosureApi.publishDisclosure(id);
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

  async function submitWriting(current: Writing, value: string) {
    setWriting(null);
    await run('writing', async () => {
      try {
        if (current.kind === 'answer') await disclosureApi.answerQuestion(current.question.id, { text: value });
        else if (current.kind === 'flag') await disclosureApi.flagLine(current.line.id, { reason: value });
        else await disclosureApi.reviewNote(id, { text: value });
        toastSuccess(current.kind === 'answer' ? '已答复' : current.kind === 'flag' ? '已标记' : '已提交');
      } catch (error) {
        toastError(error);
      }
      await reload();
    });
  }

  return (
    <View className="xq-page xq-staff-period">
      <CareMeta />
      <PrivacyPopup purpose="从微信聊天中选择收支明细表格或凭证" />
      {sheet.input}
      {voucher.input}
      <PeriodHeader detail={detail} roles={roles} />

      {/* The next action first: publish a ready draft, or answer waiting questions. */}
      {editable && (
        <PeriodPublishCard
          detail={detail}
          busy={busy}
          missing={missing}
          onPublish={() => void publish()}
          onAttach={(line) => void voucher.pick(line)}
        />
      )}
      {!draft && isProperty && unanswered > 0 && (
        <View className="xq-staff-period__notice xq-staff-period__notice--urgent">
          <Text>有 {unanswered} 条质询等待答复，请在下方「居民质询」中答复。</Text>
        </View>
      )}

      <PeriodTotals detail={detail} />

      {editable && (
        <LinesImportCard
          outcome={outcome}
          downloading={busy === 'template'}
          onDownloadTemplate={() => void downloadTemplate()}
          onPickSheet={() => void sheet.pick(true)}
        />
      )}

      {(draft || detail.reviewNotes.length > 0) && (isReviewer || isProperty) && (
        <ReviewNotesCard
          notes={detail.reviewNotes}
          canWrite={draft && isReviewer}
          isReviewer={isReviewer}
          onWrite={() => setWriting({ kind: 'note' })}
        />
      )}

      {sorted.length > 0 && (
        <PeriodQuestions
          questions={sorted}
          lines={detail.lines}
          canAnswer={isProperty}
          onAnswer={(question) => setWriting({ kind: 'answer', question })}
        />
      )}

      <PeriodLines
        detail={detail}
        editable={editable}
        isReviewer={isReviewer}
        busy={busy}
        onAttach={(l) => void voucher.pick(l)}
        onFlag={(l) => setWriting({ kind: 'flag', line: l })}
      />

      {isProperty && <PeriodEndActions detail={detail} disabled={busy !== null} />}
      <View className="xq-staff-period__end" />

      <WritingDialog
        writing={writing}
        onSubmit={(w, value) => void submitWriting(w, value)}
        onCancel={() => setWriting(null)}
      />
    </View>
  );
}
