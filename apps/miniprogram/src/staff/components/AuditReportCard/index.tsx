import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { AttachmentView } from '@xiaoqu/shared';
import { toastError, toastSuccess } from '../../../services/feedback';
import { disclosureApi } from '../../../services/clients/disclosure';
import { FormField, todayCn } from '../FormField';
import { UploadList } from '../UploadList';

export function AuditReportCard({ compoundId }: { compoundId: number }) {
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
