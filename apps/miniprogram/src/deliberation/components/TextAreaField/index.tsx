import { Text, View } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import '../CorrectionForm/index.scss';

/** A labelled box of free text in a deliberation form (bordered by `xq-correction__text` unless told otherwise). */
export function TextAreaField({
  label,
  className = 'xq-correction__text',
  placeholder,
  value,
  onChange,
  maxLength,
}: {
  label: string;
  className?: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
}) {
  return (
    <>
      <View className="xq-proposal__fact-label">
        <Text>{label}</Text>
      </View>
      <TextArea
        className={className}
        placeholder={placeholder}
        value={value}
        onChange={onChange}
        maxLength={maxLength}
      />
    </>
  );
}
