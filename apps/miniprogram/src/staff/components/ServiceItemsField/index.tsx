import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { FormField } from '../FormField';
import type { ServiceForm, ServiceFormErrors } from '../../lib/service-form';

/** The service disclosure form: service items and how often each is done. */
export function ServiceItemsField({
  form: f,
  errors,
  set,
}: {
  form: ServiceForm;
  errors: ServiceFormErrors;
  set: (patch: Partial<ServiceForm>) => void;
}) {
  const updateItem = (i: number, patch: Partial<ServiceForm['items'][number]>) =>
    set({ items: f.items.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <>
      <View className="xq-service-editor__section">
        <Text>服务项目与频次</Text>
      </View>
      <FormField label="项目 · 频次" hint="例如 公共区域清扫 · 每日 2 次" error={errors.items}>
        {f.items.map((item, i) => (
          <View key={i} className="xq-form-row">
            <Input
              className="xq-form-input xq-form-row__main"
              placeholder="服务项目"
              value={item.name}
              onChange={(name) => updateItem(i, { name })}
              maxLength={100}
            />
            <Input
              className="xq-form-input xq-form-row__side"
              placeholder="频次"
              value={item.frequency}
              onChange={(frequency) => updateItem(i, { frequency })}
              maxLength={50}
            />
            <Text className="xq-form-row__remove" onClick={() => set({ items: f.items.filter((_, j) => j !== i) })}>
              删除
            </Text>
          </View>
        ))}
        <Button size="large" block onClick={() => set({ items: [...f.items, { name: '', frequency: '' }] })}>
          添加服务项目
        </Button>
      </FormField>
    </>
  );
}
