import { useMemo, useState } from 'react';
import Taro, { useLoad, usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Popup, Tag, VirtualList } from '@nutui/nutui-react-taro';
import { formatFen, periodLabel, type LineView, type QuestionView } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { disclosureApi } from '../../../services/clients/disclosure';
import { toastError, toastSuccess } from '../../../services/feedback';
import { errorMessage } from '../../../services/request';
import { rememberCompound } from '../../../services/known-compound';
import { useShareImage } from '../../../services/share-card';
import { askToBeToldOfAnswer } from '../../../services/subscribe';
import { fontScale } from '../../../services/care-mode';
import { ExpenseChart } from '../../components/ExpenseChart';
import { LineRow, LINE_ROW_HEIGHT_PX } from '../../components/LineRow';
import { LineSheet } from '../../components/LineSheet';
import { expenseChartData, expenseRows } from '../../lib/chart';
import { printNotice } from '../../lib/notice';
import { checkCodeStart, publicationLine } from '../../lib/publication';
import { periodShare } from '../../lib/share';
import { PeriodTotals } from '../../components/PeriodTotals';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

/** Above this many lines the list is virtual: only the rows on screen are drawn. */
const VIRTUAL_FROM = 30;
const VIRTUAL_HEIGHT_PX = 480;
/** Rows of the virtual list: taller when 关怀模式 enlarges the text. */
const rowHeight = (): number => Math.ceil(LINE_ROW_HEIGHT_PX * fontScale());

export default function PeriodPage() {
  const router = useRouter();
  const id = Number(router.params.id);
  const load = useMemo(
    () => async () => {
      const [detail, questions] = await Promise.all([
        disclosureApi.accountDisclosure(id),
        disclosureApi.disclosureQuestions(id),
      ]);
      rememberCompound(detail.compoundId);
      return { detail, questions };
    },
    [id],
  );
  const [state, reload] = useAsync(load);
  const [open, setOpen] = useState<LineView | null>(null);

  useLoad(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  // A published period is shared into the compound's group with its three totals; the card opens this period.
  const share = useMemo(
    () => (state.data?.detail.status === 'published' ? periodShare(state.data.detail, null) : null),
    [state.data],
  );
  const shareImage = useShareImage(share?.card ?? null);
  useShareAppMessage(() =>
    share
      ? { title: share.title, path: share.path, ...(shareImage ? { imageUrl: shareImage } : {}) }
      : { title: '物业收支公示', path: `/disclosure/pages/period/index?id=${id}` },
  );

  const chart = useMemo(() => (state.data ? expenseChartData(state.data.detail) : null), [state.data]);
  const byLine = useMemo(() => {
    const map = new Map<number, QuestionView[]>();
    for (const q of state.data?.questions ?? []) map.set(q.lineId, [...(map.get(q.lineId) ?? []), q]);
    return map;
  }, [state.data]);

  if (!state.data || !chart) {
    return (
      <View className="xq-page">
        <CareMeta />
        {state.status === 'error' ? (
          <EmptyState
            status="error"
            title="没能加载这期公示"
            description={`${errorMessage(state.error)}。`}
            actionText="重新加载"
            onAction={() => void reload()}
          />
        ) : (
          <PageSkeleton />
        )}
      </View>
    );
  }

  const { detail } = state.data;
  const published = detail.status === 'published';
  const rows = expenseRows(detail);
  const goTo = (other: number) => void Taro.navigateTo({ url: `/disclosure/pages/period/index?id=${other}` });

  async function ask(line: LineView, text: string): Promise<boolean> {
    // Inside the tap: WeChat asks the resident whether to tell them of the answer.
    const subscribing = askToBeToldOfAnswer();
    try {
      await subscribing;
      await disclosureApi.askQuestion(line.id, { text });
      toastSuccess('已提交质询');
      await reload();
      return true;
    } catch (error) {
      toastError(error);
      return false;
    }
  }

  const openLine = (line: LineView) => setOpen(line);
  const current = open ? (detail.lines.find((l) => l.id === open.id) ?? open) : null;

  return (
    <View className="xq-page xq-period">
      <CareMeta />
      <View className="xq-period__head">
        <View className="xq-period__title">
          <Text>{periodLabel(detail.periodKey)}收支</Text>
          {!published && (
            <Tag background="#fff4e5" color="#7a4100" className="xq-tag">
              草稿（居民看不到）
            </Tag>
          )}
        </View>
        <Text className="xq-period__sub">
          {detail.publication ? `${publicationLine(detail.publication)} · 发布后不能改动` : '尚未公示'}
        </Text>
        {detail.publication && (
          <Text className="xq-period__sub">
            核对码 {checkCodeStart(detail.publication.hash)}…（与公示栏上打印的核对码对照，开头一致即是同一份）
          </Text>
        )}
      </View>

      {detail.amendedById !== null && (
        <View className="xq-period__amend xq-period__amend--old" role="alert">
          <Text>本期公示已被更正，数字以更正后的公示为准。原公示保留在这里，便于对照。</Text>
          <Text className="xq-period__link" onClick={() => goTo(detail.amendedById as number)}>
            查看更正后的公示 ›
          </Text>
        </View>
      )}
      {detail.amendsId !== null && (
        <View className="xq-period__amend">
          <Text>这是一份更正公示，更正了此前发布的同期公示。</Text>
          <Text className="xq-period__link" onClick={() => goTo(detail.amendsId as number)}>
            查看被更正的原公示 ›
          </Text>
        </View>
      )}

      <PeriodTotals detail={detail} />
      {published && (
        <View className="xq-period__print">
          <Button size="large" block onClick={() => void printNotice(detail)}>
            打印公示（A4 PDF，贴公示栏用）
          </Button>
        </View>
      )}

      <View className="xq-period__card">
        <View className="xq-period__card-title">
          <Text>支出构成{detail.previousTotals ? '（与上期对比）' : ''}</Text>
        </View>
        <View className="xq-period__hint">
          <Text>单位：元（万 = 10,000 元）；每类的准确金额见图下方。</Text>
        </View>
        <ExpenseChart data={chart} />
        {rows.map((r) => (
          <View key={r.category} className="xq-period__category">
            <Text className="xq-period__category-label">{r.label}</Text>
            <View className="xq-period__category-figures">
              <Text>{formatFen(r.currentFen)}</Text>
              <Text className="xq-period__category-change">
                {r.change
                  ? `上期 ${formatFen(r.previousFen ?? 0)} · ${r.change.amount}${r.change.ratio ? `（${r.change.ratio}）` : ''}`
                  : '无上期可比'}
              </Text>
            </View>
          </View>
        ))}
      </View>

      <View className="xq-period__card">
        <View className="xq-period__card-title">
          <Text>收支明细（{detail.lines.length} 笔）</Text>
        </View>
        <View className="xq-period__hint">
          <Text>点一笔查看凭证、已有的质询和答复{published ? '，也可以提出质询' : ''}。</Text>
        </View>
        {detail.lines.length === 0 ? (
          <View className="xq-period__hint">
            <Text>这期还没有明细。</Text>
          </View>
        ) : detail.lines.length >= VIRTUAL_FROM ? (
          <VirtualList
            list={detail.lines}
            itemHeight={rowHeight()}
            margin={0}
            itemEqual
            containerHeight={VIRTUAL_HEIGHT_PX}
            itemRender={(line: LineView) => <LineRow line={line} onOpen={openLine} height={rowHeight()} />}
          />
        ) : (
          detail.lines.map((line) => <LineRow key={line.id} line={line} onOpen={openLine} />)
        )}
      </View>
      <View className="xq-period__end" />

      <Popup
        visible={current !== null}
        position="bottom"
        round
        closeable
        onClose={() => setOpen(null)}
        style={{ maxHeight: '85vh', overflowY: 'auto' }}
      >
        {current && (
          <LineSheet
            line={current}
            questions={byLine.get(current.id) ?? []}
            canAsk={published}
            onAsk={(text) => ask(current, text)}
          />
        )}
      </Popup>
    </View>
  );
}
