import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { VOTE_OPTIONS_MAX } from '@xiaoqu/shared';
import { OPTION_LABEL_MAX, VOTE_OPTIONS_MIN } from '../../lib/options';
import './index.scss';

/** The labels of a multi-option vote, in the order owners will see them: 2–9, each removable past two. */
export function OptionsEditor({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  const set = (i: number, text: string) => onChange(value.map((v, j) => (j === i ? text : v)));
  return (
    <View className="xq-options-editor">
      {value.map((label, i) => (
        <View key={i} className="xq-options-editor__row">
          <Text className="xq-options-editor__no">{i + 1}.</Text>
          <Input
            className="xq-form-input xq-options-editor__input"
            name={`option${i + 1}`}
            placeholder={i === 0 ? '例如 续聘锦程物业' : i === 1 ? '例如 选聘安居物业' : '选项内容'}
            value={label}
            onChange={(text) => set(i, text)}
            maxLength={OPTION_LABEL_MAX}
          />
          {value.length > VOTE_OPTIONS_MIN && (
            <View
              className="xq-options-editor__remove"
              role="button"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              <Text>删除</Text>
            </View>
          )}
        </View>
      ))}
      {value.length < VOTE_OPTIONS_MAX && (
        <Button size="large" block onClick={() => onChange([...value, ''])}>
          添加选项（{value.length} / {VOTE_OPTIONS_MAX}）
        </Button>
      )}
    </View>
  );
}
