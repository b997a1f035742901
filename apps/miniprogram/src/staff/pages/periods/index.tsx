import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, DatePicker } from '@nutui/nutui-react-taro';
import { parsePeriod, periodLabel, ROLE_LABELS, type AccountPeriodSummary, type PlaceRef } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { PeriodCard } from '../../../components/PeriodCard';
import { useAsync } from '../../../hooks/useAsync';
import { accountApi } from '../../../services/clients/account';
import { disclosureApi } from '../../../services/clients/disclosure';
import { toastError, toastSuccess } from '../../../services/feedback';
import { disclosureStaffGrants, type DisclosureStaffRole } from '../../../services/places';
import { ApiError } from '../../../services/request';
import { currentMonth, nextMonthToDisclose } from '../../lib/periods';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

interface StaffHome {
  compound: PlaceRef | null;
  roles: DisclosureStaffRole[];
  periods: AccountPeriodSummary[];
  /** Null when the count could not be had: the entry still shows. */
  openQuestions: number | null;
}

async function loadStaffHome(): Promise<StaffHome> {
  const grants = disclosureStaffGrants(await accountApi.me());
  const compound = grants[0]?.place ?? null;
  if (!compound) return { compound: null, roles: [], periods: [], openQuestions: null };
  const roles = grants.filter((g) => g.place.id === compound.id).map((g) => g.role);
  const [periods, open] = await Promise.all([
    disclosureApi.accountDisclosures(compound.id, true),
    disclosureApi.openQuestions(compound.id).catch(() => null),
  ]);
  return { compound, roles, periods, openQuestions: open ? open.length : null };
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

export default function StaffPeriodsPage() {
  const [state, reload] = useAsync(loadStaffHome);
  const [picking, setPicking] = useState(false);
  const [creating, setCreating] = useState(false);
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载收支公示" onRetry={reload} />
      </>
    );
  const { compound, roles, periods, openQuestions } = state.data;
  if (!compound) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          icon="账"
          title="您没有小区的公示权限"
          description="物业服务人员、业委会成员和监察人由社区在小区上授予身份后，才能在这里准备或审阅收支公示。"
        />
      </View>
    );
  }

  const isProperty = roles.includes('property_staff');
  const suggested = nextMonthToDisclose(periods.map((p) => p.periodKey));
  const openPeriod = (p: AccountPeriodSummary) => void Taro.navigateTo({ url: `/staff/pages/period/index?id=${p.id}` });

  async function create(periodKey: string) {
    if (!compound) return;
    setCreating(true);
    try {
      const draft = await disclosureApi.createAccountDisclosure(compound.id, { periodKey });
      toastSuccess('草稿已建好');
      void Taro.navigateTo({ url: `/staff/pages/period/index?id=${draft.id}` });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'DISCLOSURE_PERIOD_EXISTS') {
        void Taro.showModal({
          title: `${periodLabel(periodKey)}已有公示或草稿`,
          content: '请在下面的列表里打开它。已公示的如需更正，打开后点「发布更正」。',
          showCancel: false,
          confirmText: '知道了',
        });
      } else {
        toastError(error);
      }
    } finally {
      setCreating(false);
    }
  }

  const drafts = periods.filter((p) => p.status === 'draft');
  const published = periods.filter((p) => p.status === 'published');
  // The picker offers begun months only: the API refuses a period that has not begun.
  const thisMonth = parsePeriod(currentMonth())!;
  const pickerStart = (suggested && parsePeriod(suggested)) || thisMonth;
  return (
    <View className="xq-page xq-staff-periods">
      <CareMeta />
      <View className="xq-staff-periods__head">
        <Text className="xq-staff-periods__name">{compound.name}</Text>
        <Text className="xq-staff-periods__sub">您的身份：{roles.map((r) => ROLE_LABELS[r]).join('、')}</Text>
      </View>

      <Cell.Group className="xq-staff-periods__entries">
        <Cell
          title={openQuestions === null ? '待答复质询' : `待答复质询（${openQuestions}）`}
          description={isProperty ? '居民对明细的质询，等得最久的在前，可直接答复' : '居民对明细的质询，等待物业答复的'}
          extra="查看"
          clickable
          onClick={() => void Taro.navigateTo({ url: '/staff/pages/questions/index' })}
        />
        {isProperty && (
          <Cell
            title="服务公示"
            description="编辑公司、合同、收费标准、岗位和服务项目；新增工作记录"
            extra="编辑"
            clickable
            onClick={() => void Taro.navigateTo({ url: '/staff/pages/service/index' })}
          />
        )}
        {(isProperty || roles.includes('committee_member')) && (
          <Cell
            title={isProperty ? '维修资金与审计报告' : '维修资金登记'}
            description={
              isProperty ? '登记对账单和每次使用，上传年度审计报告' : '登记对账单和每次使用（附件由物业上传）'
            }
            extra="登记"
            clickable
            onClick={() => void Taro.navigateTo({ url: '/staff/pages/fund/index' })}
          />
        )}
      </Cell.Group>

      {isProperty && (
        <View className="xq-staff-periods__create">
          {suggested ? (
            <Button type="primary" size="xlarge" block loading={creating} onClick={() => void create(suggested)}>
              新建{periodLabel(suggested)}收支草稿
            </Button>
          ) : (
            <View className="xq-staff-periods__hint">
              <Text>本月的收支已建好。公示的是已发生的收支，下个月开始后才能新建下月草稿。</Text>
            </View>
          )}
          <View className="xq-staff-periods__other">
            <Button size="large" block disabled={creating} onClick={() => setPicking(true)}>
              选其他月份
            </Button>
          </View>
          <DatePicker
            title="选择公示月份"
            type="year-month"
            visible={picking}
            showChinese
            defaultValue={new Date(pickerStart.year, pickerStart.index - 1, 1)}
            startDate={new Date(2020, 0, 1)}
            endDate={new Date(thisMonth.year, thisMonth.index - 1, 1)}
            onClose={() => setPicking(false)}
            onConfirm={(_, values) => {
              setPicking(false);
              void create(monthKey(Number(values[0]), Number(values[1])));
            }}
          />
        </View>
      )}
      {!isProperty && (
        <View className="xq-staff-periods__hint">
          <Text>物业提交的草稿会出现在这里。打开草稿可以写审阅意见，或标记需要说明的明细。</Text>
        </View>
      )}

      <View className="xq-staff-periods__section">
        <Text>草稿（{drafts.length}）· 居民看不到</Text>
      </View>
      {drafts.length === 0 && (
        <View className="xq-staff-periods__hint">
          <Text>{isProperty ? '没有草稿。点上方按钮新建一期。' : '目前没有待审阅的草稿。'}</Text>
        </View>
      )}
      {drafts.map((p) => (
        <PeriodCard key={p.id} period={p} onOpen={openPeriod} />
      ))}

      <View className="xq-staff-periods__section">
        <Text>已公示（{published.length}）</Text>
      </View>
      {published.map((p) => (
        <PeriodCard key={p.id} period={p} onOpen={openPeriod} />
      ))}
      <View className="xq-staff-periods__end" />
    </View>
  );
}
