import { useMemo } from 'react';
import Taro, { useLoad, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { formatDateCn } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../../hooks/useAsync';
import { disclosureApi } from '../../../services/clients/disclosure';
import { attachmentLabel, openAttachment } from '../../../services/attachments';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

/** Annual audit reports of property fees and common income, newest year first. */
export default function AuditPage() {
  const router = useRouter();
  const compoundId = Number(router.params.compoundId);
  const load = useMemo(
    () => async () => [...(await disclosureApi.auditReports(compoundId))].sort((a, b) => b.year - a.year),
    [compoundId],
  );
  const [state, reload] = useAsync(load);
  useLoad(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载审计报告" onRetry={reload} />
      </>
    );
  if (state.data.length === 0) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          icon="审"
          title="还没有公示审计报告"
          description="物业费和公共收益的年度审计报告公示后会显示在这里。如长期没有，可以向业委会或社区反映。"
          actionText="刷新"
          onAction={() => void reload()}
        />
      </View>
    );
  }
  return (
    <View className="xq-page xq-audit">
      <CareMeta />
      {state.data.map((r) => (
        <View key={r.id} className="xq-audit__report">
          <Text className="xq-audit__year">{r.year} 年度</Text>
          <Text className="xq-audit__title">{r.title}</Text>
          <Text className="xq-audit__meta">审计机构：{r.auditor}</Text>
          {r.publication && <Text className="xq-audit__meta">{formatDateCn(r.publication.publishedAt)}公示</Text>}
          <View className="xq-audit__open">
            <Button size="large" block onClick={() => void openAttachment(r.report)}>
              打开 PDF：{attachmentLabel(r.report)}
            </Button>
          </View>
        </View>
      ))}
      <View style={{ height: '64px' }} />
    </View>
  );
}
