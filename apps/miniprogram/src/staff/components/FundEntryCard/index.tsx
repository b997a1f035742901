import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { FUND_ENTRY_KINDS, FUND_ENTRY_LABELS, type AttachmentView, type FundEntryKind } from '@xiaoqu/shared';
import { DateField } from '../../../components/DateField';
import { toastError, toastSuccess } from '../../../services/feedback';
import { disclosureApi } from '../../../services/clients/disclosure';
import { FormField, todayCn } from '../FormField';
import { UploadList } from '../UploadList';
import { validateFundEntry, type FundEntryErrors, type FundEntryForm } from '../../lib/fund-form';

const MAX_DOCS = 9;

const emptyEntry = (): FundEntryForm => ({
  kind: 'statement',
  occurredOn: todayCn(),
  amount: '',
  description: '',
  decisionRef: '',
});

export function FundEntryCard({ compoundId, canUpload }: { compoundId: number; canUpload: boolean }) {
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
      <FormField label="日期" error={errors.occurredOn}>
        <DateField
          name="fundOccurredOn"
          value={form.occurredOn}
          onChange={(occurredOn) => set({ occurredOn })}
          end={todayCn()}
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
