import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { formatDateCn, type CompoundComplaintRank, type CompoundPlanView, parseDay } from '@xiaoqu/shared';
import { DateField } from '../../../components/DateField';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { complaintApi } from '../../../services/clients/complaint';
import { monthsBefore, periodEnd, periodLabel } from '../../../services/complaint-view';
import { toastError, toastSuccess } from '../../../services/feedback';
import { errorMessage } from '../../../services/request';

/** 一院一案: the plan of a marked compound, its progress, and the forms to create it or record progress. */
export function PlanPanel({
  row,
  period,
  onChanged,
}: {
  row: CompoundComplaintRank;
  period: string;
  onChanged: () => void;
}) {
  const [plans, reloadPlans] = useAsync(() => complaintApi.plans(row.compoundId));
  useEffect(() => void reloadPlans(), [reloadPlans]);
  const [draft, setDraft] = useState({
    causes: '',
    measures: '',
    responsible: '',
    dueDate: periodEnd(monthsBefore(period, -1)),
  });
  const [progress, setProgress] = useState({ text: '', progress: '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const plan: CompoundPlanView | undefined = plans.data?.find((p) => p.id === row.plan?.id) ?? plans.data?.[0];

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      toastSuccess(done);
      await reloadPlans();
      onChanged();
    } catch (error) {
      setProblem(errorMessage(error));
      toastError(error);
    } finally {
      setBusy(false);
    }
  }

  function create() {
    const body = {
      period,
      ...draft,
      causes: draft.causes.trim(),
      measures: draft.measures.trim(),
      responsible: draft.responsible.trim(),
    };
    if (!body.causes || !body.measures || !body.responsible) {
      setProblem('请填写问题原因、整改措施和责任人');
      return;
    }
    if (parseDay(body.dueDate) !== body.dueDate) {
      setProblem('请选择完成期限');
      return;
    }
    void run(() => complaintApi.createPlan(row.compoundId, body), '已建立');
  }

  function addProgress() {
    // Digits only: Number('') and Number('1e1') would pass as 0 and 10.
    const n = /^\d{1,3}$/.test(progress.progress.trim()) ? Number(progress.progress.trim()) : NaN;
    if (!progress.text.trim()) {
      setProblem('请写明这次的进展');
      return;
    }
    if (!Number.isInteger(n) || n < 0 || n > 100) {
      setProblem('完成比例请填 0 到 100 的整数');
      return;
    }
    if (!plan) return;
    void run(async () => {
      await complaintApi.addPlanUpdate(plan.id, { text: progress.text.trim(), progress: n });
      setProgress({ text: '', progress: '' });
    }, '已记录');
  }

  if (!plans.data) return <PageSkeleton rows={2} />;

  return (
    <View className="xq-plan">
      {plan ? (
        <>
          <View className="xq-plan__title">
            <Text>
              一院一案（{periodLabel(plan.period)}）· {plan.status === 'done' ? '已完成' : '整改中'}
            </Text>
          </View>
          <View className="xq-plan__line">
            <Text>问题原因：{plan.causes}</Text>
          </View>
          <View className="xq-plan__line">
            <Text>整改措施：{plan.measures}</Text>
          </View>
          <View className="xq-plan__line">
            <Text>
              责任人：{plan.responsible} · 期限 {formatDateCn(`${plan.dueDate}T00:00:00+08:00`)}
            </Text>
          </View>
          {plan.updates.length === 0 ? (
            <View className="xq-plan__line xq-plan__muted">
              <Text>还没有进展记录</Text>
            </View>
          ) : (
            plan.updates.map((u) => (
              <View key={u.id} className="xq-plan__update">
                <Text>
                  {formatDateCn(u.at)} · 完成 {u.progress}%：{u.text}
                </Text>
              </View>
            ))
          )}
          <View className="xq-plan__form">
            <TextArea
              placeholder="这次的进展，例如：已增设 20 个停车位"
              value={progress.text}
              onChange={(text) => setProgress((p) => ({ ...p, text }))}
              maxLength={1000}
            />
            <Input
              name="planProgress"
              type="digit"
              placeholder="完成比例 0–100"
              value={progress.progress}
              onChange={(v) => setProgress((p) => ({ ...p, progress: v }))}
            />
            <Button type="primary" block loading={busy} disabled={busy} onClick={addProgress}>
              记录进展
            </Button>
          </View>
        </>
      ) : (
        <View className="xq-plan__form">
          <View className="xq-plan__title">
            <Text>为{row.compoundName}制定一院一案</Text>
          </View>
          <TextArea
            placeholder="问题原因，例如：车位不足、夜间施工无人管"
            value={draft.causes}
            onChange={(causes) => setDraft((d) => ({ ...d, causes }))}
            maxLength={2000}
          />
          <TextArea
            placeholder="整改措施"
            value={draft.measures}
            onChange={(measures) => setDraft((d) => ({ ...d, measures }))}
            maxLength={2000}
          />
          <Input
            name="planResponsible"
            placeholder="责任人（单位或姓名）"
            value={draft.responsible}
            onChange={(responsible) => setDraft((d) => ({ ...d, responsible }))}
            maxLength={200}
          />
          <View className="xq-plan__line">
            <Text>完成期限</Text>
          </View>
          <DateField
            name="planDueDate"
            value={draft.dueDate}
            onChange={(dueDate) => setDraft((d) => ({ ...d, dueDate }))}
          />
          <Button type="primary" block loading={busy} disabled={busy} onClick={create}>
            建立一院一案
          </Button>
        </View>
      )}
      {problem && (
        <View className="xq-plan__error" role="alert">
          <Text>⚠ {problem}</Text>
        </View>
      )}
    </View>
  );
}
