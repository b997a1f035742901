import { useState } from 'react';
import Taro, { useLoad } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { FUND_ENTRY_KINDS, FUND_ENTRY_LABELS, type AttachmentView, type FundEntryKind } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { toastError, toastSuccess } from '../../../services/feedback';
import { disclosureApi } from '../../../services/clients/disclosure';
import { errorMessage } from '../../../services/request';
import { FormField, todayCn } from '../../components/FormField';
import { UploadList } from '../../components/UploadList';
import { staffCompound } from '../../lib/compound';
import { validateFundEntry, type FundEntryErrors, type FundEntryForm } from '../../lib/fund-form';
import './index.scss';

const MAX_DOCS = 9;
const emptyEntry = (): FundEntryForm => ({
  kind: 'statement',
  occurredOn: todayCn(),
  amount: '',
  description: '',
  decisionRef: '',
});

function FundEntryCard({ compoundId, canUpload }: { compoundId: number; canUpload: boolean }) {
  const [form, setForm] = useState<FundEntryForm>(emptyEntry);
  const [docs, setDocs] = useState<AttachmentView[]>([]);
  const [errors, setErrors] = useState<FundEntryErrors>({});
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<FundEntryForm>) => setForm({ ...form, ...patch });

  async function submit() {
    const result = validateFundEntry(
      form,
      docs.map((d) => d.id),
    );
    if (result.errors) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const sure = await Taro.showModal({
      title: `公示这条${FUND_ENTRY_LABELS[form.kind]}？`,
      content: '保存后立即对本小区居民公开，不能修改。',
      confirmText: '公示',
      cancelText: '再看看',
    });
    if (!sure.confirm) return;
    setSaving(true);
    try {
      await disclosureApi.addFundEntry(compoundId, result.input);
      toastSuccess('已公示');
      setForm(emptyEntry());
      setDocs([]);
    } catch (error) {
      toastError(error);
    } finally {
      setSaving(false);
    }
  }

  const use = form.kind === 'use';
  return (
    <View className="xq-staff-fund__card">
      <View className="xq-staff-fund__title">
        <Text>维修资金登记</Text>
      </View>
      <FormField label="类别">
        <View className="xq-staff-fund__kinds">
          {FUND_ENTRY_KINDS.map((k) => (
            <View key={k} className="xq-staff-fund__kind">
              <Button
                size="large"
                block
                type={k === form.kind ? 'primary' : 'default'}
                onClick={() => set({ kind: k as FundEntryKind })}
              >
                {k === form.kind ? `✓ ${FUND_ENTRY_LABELS[k]}` : FUND_ENTRY_LABELS[k]}
              </Button>
            </View>
          ))}
        </View>
      </FormField>
      <FormField label="日期" hint="格式 2026-11-26" error={errors.occurredOn}>
        <Input
          className="xq-form-input"
          name="fundOccurredOn"
          value={form.occurredOn}
          onChange={(occurredOn) => set({ occurredOn })}
          maxLength={10}
        />
      </FormField>
      <FormField label={use ? '使用金额（元）' : '对账单余额（元）'} error={errors.amount}>
        <Input
          className="xq-form-input"
          name="fundAmount"
          type="digit"
          placeholder="例如 85000.00"
          value={form.amount}
          onChange={(amount) => set({ amount })}
          maxLength={16}
        />
      </FormField>
      <FormField label={use ? '用途' : '说明'} error={errors.description}>
        <TextArea
          className="xq-staff-fund__text"
          placeholder={use ? '例如 3栋电梯更换曳引机' : '例如 市维修资金管理中心 2026年6月对账单'}
          value={form.description}
          onChange={(description) => set({ description })}
          maxLength={500}
        />
      </FormField>
      {use && (
        <FormField
          label="批准它的业主共同决定"
          hint="照会议记录写，例如 2026年第2次业主共同决定"
          error={errors.decisionRef}
        >
          <Input
            className="xq-form-input"
            name="fundDecisionRef"
            placeholder="批准这次使用的业主共同决定"
            value={form.decisionRef}
            onChange={(decisionRef) => set({ decisionRef })}
            maxLength={100}
          />
        </FormField>
      )}
      <FormField label="附件（对账单、合同、验收照片，可不传）">
        {canUpload ? (
          <UploadList compoundId={compoundId} kind="documents" max={MAX_DOCS} value={docs} onChange={setDocs} />
        ) : (
          <View className="xq-staff-fund__note">
            <Text>
              附件只能由物业服务人员上传。您是业委会成员，可以登记不带附件的记录；需要附对账单或合同的，请交由物业登记。
            </Text>
          </View>
        )}
      </FormField>
      <Button type="primary" size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
        保存并公示
      </Button>
    </View>
  );
}

function AuditReportCard({ compoundId }: { compoundId: number }) {
  const [year, setYear] = useState(String(Number(todayCn().slice(0, 4)) - 1));
  const [title, setTitle] = useState('');
  const [auditor, setAuditor] = useState('');
  const [report, setReport] = useState<AttachmentView[]>([]);
  const [errors, setErrors] = useState<Partial<Record<'year' | 'title' | 'auditor' | 'report', string>>>({});
  const [saving, setSaving] = useState(false);

  async function submit() {
    const y = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null;
    const next = {
      year: y !== null && y >= 2000 && y <= 2100 ? undefined : '请填写审计年度，例如 2025',
      title: title.trim() ? undefined : '请填写报告标题',
      auditor: auditor.trim() ? undefined : '请填写审计机构',
      report: report[0] ? undefined : '请上传审计报告 PDF',
    };
    setErrors(next);
    if (y === null || Object.values(next).some(Boolean) || !report[0]) return;
    setSaving(true);
    try {
      await disclosureApi.addAuditReport(compoundId, {
        year: y,
        title: title.trim(),
        auditor: auditor.trim(),
        attachmentId: report[0].id,
      });
      toastSuccess('已公示');
      setTitle('');
      setAuditor('');
      setReport([]);
    } catch (error) {
      toastError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="xq-staff-fund__card">
      <View className="xq-staff-fund__title">
        <Text>上传审计报告</Text>
      </View>
      <FormField label="审计年度" error={errors.year}>
        <Input className="xq-form-input" name="auditYear" type="number" value={year} onChange={setYear} maxLength={4} />
      </FormField>
      <FormField label="标题" error={errors.title}>
        <Input
          className="xq-form-input"
          name="auditTitle"
          placeholder="例如 2025年度物业费及公共收益审计报告"
          value={title}
          onChange={setTitle}
          maxLength={100}
        />
      </FormField>
      <FormField label="审计机构" error={errors.auditor}>
        <Input
          className="xq-form-input"
          name="auditor"
          placeholder="例如 四川某某会计师事务所"
          value={auditor}
          onChange={setAuditor}
          maxLength={100}
        />
      </FormField>
      <FormField label="报告（PDF）" error={errors.report}>
        <UploadList compoundId={compoundId} kind="pdf" max={1} value={report} onChange={setReport} />
      </FormField>
      <Button type="primary" size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
        保存并公示
      </Button>
    </View>
  );
}

/** Maintenance-fund entries (property staff and committee members) and audit reports (property staff). */
export default function StaffFundPage() {
  const [state, reload] = useAsync(staffCompound);
  useLoad(() => void reload());

  if (state.status !== 'ok') {
    return (
      <View className="xq-page">
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
