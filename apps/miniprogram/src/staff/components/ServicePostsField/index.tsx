import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { FormField } from '../FormField';
import type { ServiceForm, ServiceFormErrors } from '../../lib/service-form';

/** The service disclosure form: posts and their headcounts, rows added and removed. */
export function ServicePostsField({
  form: f,
  errors,
  set,
}: {
  form: ServiceForm;
  errors: ServiceFormErrors;
  set: (patch: Partial<ServiceForm>) => void;
}) {
  const updatePost = (i: number, patch: Partial<ServiceForm['staffPosts'][number]>) =>
    set({ staffPosts: f.staffPosts.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <>
      <View className="xq-service-editor__section">
        <Text>岗位与人员</Text>
      </View>
      <FormField label="岗位 · 人数" hint="空着的行不会保存" error={errors.posts}>
        {f.staffPosts.map((p, i) => (
          <View key={i} className="xq-form-row">
            <Input
              className="xq-form-input xq-form-row__main"
              placeholder="岗位，例如 保洁员"
              value={p.post}
              onChange={(post) => updatePost(i, { post })}
              maxLength={50}
            />
            <Input
              className="xq-form-input xq-form-row__side"
              type="number"
              placeholder="人数"
              value={p.headcount}
              onChange={(headcount) => updatePost(i, { headcount })}
              maxLength={4}
            />
            <Text
              className="xq-form-row__remove"
              onClick={() => set({ staffPosts: f.staffPosts.filter((_, j) => j !== i) })}
            >
              删除
            </Text>
          </View>
        ))}
        <Button size="large" block onClick={() => set({ staffPosts: [...f.staffPosts, { post: '', headcount: '' }] })}>
          添加岗位
        </Button>
      </FormField>
    </>
  );
}
