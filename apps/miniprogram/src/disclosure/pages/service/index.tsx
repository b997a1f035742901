import { useMemo } from 'react';
import Taro, { useLoad, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, Tag } from '@nutui/nutui-react-taro';
import { formatDateCn, WORK_RECORD_LABELS } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { disclosureApi } from '../../../services/clients/disclosure';
import { attachmentLabel, openAttachment } from '../../../services/attachments';
import { errorMessage } from '../../../services/request';
import { feeStandardText } from '../../lib/service';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

export default function ServicePage() {
  const router = useRouter();
  const compoundId = Number(router.params.compoundId);
  // Null when nothing is published yet: an empty state, not an error.
  const load = useMemo(() => () => disclosureApi.serviceDisclosure(compoundId), [compoundId]);
  const [state, reload] = useAsync(load);
  useLoad(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (state.status !== 'ok' && state.data === null) {
    return (
      <View className="xq-page">
        <CareMeta />
        {state.status === 'error' ? (
          <EmptyState
            status="error"
            title="没能加载服务公示"
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
  const service = state.data;
  if (!service) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          icon="晒"
          title="物业还没有公示服务内容"
          description="物业公司、合同期限、服务标准和收费、岗位人员和工作记录公示后会显示在这里。如长期没有公示，可以向业委会或社区反映。"
          actionText="刷新"
          onAction={() => void reload()}
        />
      </View>
    );
  }

  const headcount = service.staffPosts.reduce((sum, p) => sum + p.headcount, 0);
  return (
    <View className="xq-page xq-service">
      <CareMeta />
      <View className="xq-service__head">
        <Text className="xq-service__company">{service.company}</Text>
        <Text className="xq-service__sub">
          {service.publication ? `${formatDateCn(service.publication.publishedAt)}公示` : '尚未公示'}
        </Text>
      </View>
      <Cell.Group title="合同与收费">
        <Cell title="合同期限" extra={`${service.contractStart} 至 ${service.contractEnd}`} />
        <Cell title="服务等级" extra={service.serviceLevel} />
        <Cell title="物业费标准" extra={feeStandardText(service.feeStandardFenPerM2Month)} />
        <Cell title="价格争议" description="对收费有异议，可拨打价格举报电话 12358。" />
      </Cell.Group>
      <Cell.Group title={`岗位与人员（共 ${headcount} 人）`}>
        {service.staffPosts.length === 0 ? (
          <Cell title="未公示岗位" />
        ) : (
          service.staffPosts.map((p) => <Cell key={p.post} title={p.post} extra={`${p.headcount} 人`} />)
        )}
      </Cell.Group>
      <Cell.Group title="服务项目与频次">
        {service.items.length === 0 ? (
          <Cell title="未公示服务项目" />
        ) : (
          service.items.map((item) => <Cell key={item.name} title={item.name} extra={item.frequency} />)
        )}
      </Cell.Group>
      <View className="xq-service__section">
        <Text>工作记录（{service.workRecords.length}）</Text>
      </View>
      {service.workRecords.length === 0 && (
        <View className="xq-service__none">
          <Text>还没有公示工作记录。</Text>
        </View>
      )}
      {service.workRecords.map((record) => (
        <View key={record.id} className="xq-service__record">
          <View className="xq-service__record-head">
            <Tag background="#eef3fb" color="#1d4f91" className="xq-tag">
              {WORK_RECORD_LABELS[record.kind]}
            </Tag>
            <Text className="xq-service__record-date">{record.doneOn}</Text>
          </View>
          <View className="xq-service__record-text">
            <Text>{record.description}</Text>
          </View>
          {record.photos.map((photo) => (
            <View key={photo.id} className="xq-service__photo">
              <Button size="large" block onClick={() => void openAttachment(photo, record.photos)}>
                查看照片：{attachmentLabel(photo)}
              </Button>
            </View>
          ))}
        </View>
      ))}
      <View className="xq-service__end" />
    </View>
  );
}
