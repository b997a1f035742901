import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import {
  formatDateCn,
  type ComplaintRankingView,
  type CompoundComplaintRank,
  type CompoundPlanView,
  type RoleGrantView,
  parseDay,
} from '@xiaoqu/shared';
import { ChoiceChips } from '../../../components/ChoiceChips';
import { PlaceChips } from '../../components/PlaceChips';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../../hooks/useAsync';
import { accountApi } from '../../../services/clients/account';
import { complaintApi } from '../../../services/clients/complaint';
import {
  complaintAccess,
  monthOf,
  monthsBefore,
  periodEnd,
  periodLabel,
  trendHeights,
} from '../../../services/complaint-view';
import { toastError, toastSuccess } from '../../../services/feedback';
import { errorMessage } from '../../../services/request';
import './index.scss';

const THIS_MONTH = monthOf(Date.now());
const PERIOD_CHOICES = [0, 1, 2, 3, 4, 5].map((n) => {
  const p = monthsBefore(THIS_MONTH, n);
  return { value: p, label: n === 0 ? '本月' : periodLabel(p).slice(5) };
});

/** Six months of counts as bars drawn with Views, each with its count written under it (no chart library). */
function TrendBars({ trend, periods }: { trend: number[]; periods: string[] }) {
  const heights = trendHeights(trend);
  return (
    <View className="xq-trend" aria-label={`近 ${trend.length} 个月：${trend.join('、')} 条`}>
      {trend.map((n, i) => (
        <View key={periods[i] ?? i} className="xq-trend__col">
          <View className="xq-trend__track">
            <View
              className={`xq-trend__bar${i === trend.length - 1 ? ' xq-trend__bar--now' : ''}`}
              style={{ height: `${heights[i]}%` }}
            />
          </View>
          <Text className="xq-trend__n">{n}</Text>
          <Text className="xq-trend__month">{periods[i] ? `${Number(periods[i].slice(5))}月` : ''}</Text>
        </View>
      ))}
    </View>
  );
}

/** 一院一案: the plan of a marked compound, its progress, and the forms to create it or record progress. */
function PlanPanel({ row, period, onChanged }: { row: CompoundComplaintRank; period: string; onChanged: () => void }) {
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
      setProblem('完成期限请写成 2026-12-31 的样子');
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
          <Input
            name="planDueDate"
            placeholder="完成期限 2026-12-31"
            value={draft.dueDate}
            onChange={(dueDate) => setDraft((d) => ({ ...d, dueDate }))}
            maxLength={10}
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

function RankRow({
  row,
  rank,
  ranking,
  onChanged,
}: {
  row: CompoundComplaintRank;
  rank: number;
  ranking: ComplaintRankingView;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <View className={`xq-rank${row.marked ? ' xq-rank--marked' : ''}`}>
      <View className="xq-rank__head">
        <Text className="xq-rank__no">{rank}</Text>
        <Text className="xq-rank__name">{row.compoundName}</Text>
        {row.marked && <Text className="xq-rank__mark">问题小区</Text>}
      </View>
      <View className="xq-rank__figures">
        <Text>
          诉求 {row.count} 条 · 每百户 {row.per100Households} 条 · {row.households} 户
        </Text>
      </View>
      <TrendBars trend={row.trend} periods={ranking.periods} />
      {(row.marked || row.plan) && (
        <View className="xq-rank__plan">
          <Text className="xq-rank__plan-state">
            {row.plan ? `一院一案：${row.plan.status === 'done' ? '已完成' : '整改中'}` : '一院一案：尚未制定'}
          </Text>
          <Button size="large" onClick={() => setOpen((o) => !o)}>
            {open ? '收起' : row.plan ? '查看和记录进展' : '制定一院一案'}
          </Button>
        </View>
      )}
      {open && <PlanPanel row={row} period={ranking.period} onChanged={onChanged} />}
    </View>
  );
}

interface RankingHome {
  grants: RoleGrantView[];
  grant: RoleGrantView | null;
  ranking: ComplaintRankingView | null;
}

/** Street and district admins: the compounds with the most complaints in a month, the top 5% marked. */
export default function ComplaintRankingPage() {
  const [period, setPeriod] = useState(THIS_MONTH);
  const [placeId, setPlaceId] = useState<number | null>(null);
  const [state, reload] = useAsync(async (): Promise<RankingHome> => {
    const grants = complaintAccess(await accountApi.me()).ranker;
    const grant = grants.find((g) => g.place.id === placeId) ?? grants[0] ?? null;
    if (!grant) return { grants, grant, ranking: null };
    return { grants, grant, ranking: await complaintApi.ranking(grant.place.id, period) };
  });
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  // Another month or place loads again (the first load is useDidShow's).
  const firstPeriod = useRef(true);
  useEffect(() => {
    if (firstPeriod.current) {
      firstPeriod.current = false;
      return;
    }
    void reload();
  }, [period, placeId, reload]);

  if (!state.data) return <PageLoading state={state} failed="没能加载问题小区排名" onRetry={reload} />;
  const { grants, grant, ranking } = state.data;
  if (!grant || !ranking) {
    return (
      <View className="xq-page">
        <EmptyState
          icon="排"
          title="只有街道和区的管理员能看排名"
          description="社区管理员可以在“升级诉求”里查看各网格的诉求数。"
        />
      </View>
    );
  }
  const marked = ranking.compounds.filter((c) => c.marked).length;

  return (
    <View className="xq-page xq-ranking">
      <View className="xq-ranking__bar">
        <PlaceChips grants={grants} value={grant.place.id} onChange={setPlaceId} />
        <ChoiceChips name="period" choices={PERIOD_CHOICES} value={period} onChange={setPeriod} />
      </View>
      <View className="xq-ranking__title">
        <Text>
          {grant.place.name} · {periodLabel(ranking.period)}诉求排名
        </Text>
      </View>
      <View className="xq-ranking__sub">
        <Text>按诉求数排列；前 5% 标为问题小区（有诉求时至少 1 个，并列的都算）。本期 {marked} 个问题小区。</Text>
      </View>
      {ranking.compounds.length === 0 ? (
        <EmptyState icon="排" title="辖区内还没有小区" description="小区建立后，这里按月统计每个小区的诉求。" />
      ) : (
        ranking.compounds.map((row, i) => (
          <RankRow key={row.compoundId} row={row} rank={i + 1} ranking={ranking} onChanged={() => void reload()} />
        ))
      )}
    </View>
  );
}
