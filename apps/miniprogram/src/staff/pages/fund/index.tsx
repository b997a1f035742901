import Taro, { useLoad } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { errorMessage } from '../../../services/request';
import { staffCompound } from '../../lib/compound';
import { FundEntryCard } from '../../components/FundEntryCard';
import { AuditReportCard } from '../../components/AuditReportCard';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

/** Maintenance-fund entries (property staff and committee members) and audit reports (property staff). */
export default function StaffFundPage() {
  const [state, reload] = useAsync(staffCompound);
  useLoad(() => void reload());

  if (state.status !== 'ok') {
    return (
      <View className="xq-page">
        <CareMeta />
        {state.status === 'error' ? (
          <EmptyState
            status="error"
            title="没能加载"
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
  const staff = state.data;
  const isProperty = staff?.roles.includes('property_staff') ?? false;
  const isCommittee = staff?.roles.includes('committee_member') ?? false;
  if (!staff || (!isProperty && !isCommittee)) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          icon="金"
          title="只有物业服务人员和业委会成员可以登记"
          description="监察人和居民可以在「公开」里查看维修资金和审计报告。"
        />
      </View>
    );
  }
  const compoundId = staff.compound.id;
  return (
    <View className="xq-page xq-staff-fund">
      <CareMeta />
      <View className="xq-staff-fund__head">
        <Text className="xq-staff-fund__name">{staff.compound.name}</Text>
        <Text className="xq-staff-fund__sub">登记的内容保存后立即对居民公示，不能修改。</Text>
        <Text
          className="xq-staff-fund__link"
          onClick={() => void Taro.navigateTo({ url: `/disclosure/pages/fund/index?compoundId=${compoundId}` })}
        >
          查看居民看到的维修资金 ›
        </Text>
      </View>
      <FundEntryCard compoundId={compoundId} canUpload={isProperty} />
      {isProperty ? (
        <AuditReportCard compoundId={compoundId} />
      ) : (
        <View className="xq-staff-fund__note xq-staff-fund__note--page">
          <Text>审计报告的 PDF 只能由物业服务人员上传。</Text>
        </View>
      )}
      <View className="xq-staff-fund__end" />
    </View>
  );
}
