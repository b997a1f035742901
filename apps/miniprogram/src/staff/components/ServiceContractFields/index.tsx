import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { DateField } from '../../../components/DateField';
import { FormField } from '../FormField';
import type { ServiceForm, ServiceFormErrors } from '../../lib/service-form';

/** The service disclosure form: company, contract term, service level and fee. */
export function ServiceContractFields({
  form: f,
  errors,
  set,
}: {
  form: ServiceForm;
  errors: ServiceFormErrors;
  set: (patch: Partial<ServiceForm>) => void;
}) {
  return (
    <>
      <View className="xq-service-editor__section">
        <Text>合同与收费</Text>
      </View>
      <FormField label="物业公司" error={errors.company}>
        <Input
          className="xq-form-input"
          name="company"
          placeholder="例如 成都某某物业服务有限公司"
          value={f.company}
          onChange={(company) => set({ company })}
          maxLength={100}
        />
      </FormField>
      <FormField label="合同期限" error={errors.contract}>
        <View className="xq-form-row">
          <Text>自</Text>
          <View className="xq-form-row__main">
            <DateField
              name="contractStart"
              placeholder="请选择开始日期"
              value={f.contractStart || null}
              onChange={(contractStart) => set({ contractStart })}
            />
          </View>
        </View>
        <View className="xq-form-row">
          <Text>至</Text>
          <View className="xq-form-row__main">
            <DateField
              name="contractEnd"
              placeholder="请选择结束日期"
              value={f.contractEnd || null}
              onChange={(contractEnd) => set({ contractEnd })}
              start={f.contractStart || undefined}
            />
          </View>
        </View>
      </FormField>
      <FormField label="服务等级" error={errors.serviceLevel}>
        <Input
          className="xq-form-input"
          name="serviceLevel"
          placeholder="例如 一级"
          value={f.serviceLevel}
          onChange={(serviceLevel) => set({ serviceLevel })}
          maxLength={50}
        />
      </FormField>
      <FormField label="物业费标准（元/m²/月）" hint="精确到分，例如 2.35" error={errors.fee}>
        <Input
          className="xq-form-input"
          name="fee"
          type="digit"
          placeholder="2.35"
          value={f.fee}
          onChange={(fee) => set({ fee })}
          maxLength={10}
        />
      </FormField>
    </>
  );
}
