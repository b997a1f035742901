import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Dialog, TextArea } from '@nutui/nutui-react-taro';
import type { LineView, QuestionView } from '@xiaoqu/shared';

/** What staff are writing on a period: an answer to a question, a flag on a line, or a review note. */
export type Writing = { kind: 'answer'; question: QuestionView } | { kind: 'flag'; line: LineView } | { kind: 'note' };

const COPY = {
  answer: { title: '公开答复', confirm: '发布答复', placeholder: '答复会对本小区居民公开，请说明这笔钱的用途和依据' },
  flag: { title: '标记这笔明细', confirm: '标记', placeholder: '例如：金额比上月高很多，请物业说明并补充比价材料' },
  note: { title: '审阅意见', confirm: '提交意见', placeholder: '写给物业的意见，公示前请处理' },
} as const;

export interface WritingDialogProps {
  writing: Writing | null;
  onSubmit: (writing: Writing, text: string) => void;
  onCancel: () => void;
}

/** One dialog for the three kinds of writing; an empty text is refused in place. */
export function WritingDialog({ writing, onSubmit, onCancel }: WritingDialogProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText('');
    setError(null);
  }, [writing]);
  const copy = COPY[writing?.kind ?? 'note'];

  function submit() {
    const value = text.trim();
    if (!writing) return;
    if (!value) {
      setError('请先写内容');
      return;
    }
    onSubmit(writing, value);
  }

  return (
    <Dialog
      visible={writing !== null}
      title={copy.title}
      confirmText={copy.confirm}
      cancelText="取消"
      onConfirm={submit}
      onCancel={onCancel}
    >
      <View className="xq-staff-period__dialog">
        {writing?.kind === 'answer' && (
          <View className="xq-staff-period__hint">
            <Text>问：{writing.question.text}</Text>
          </View>
        )}
        <TextArea
          className="xq-staff-period__textarea"
          placeholder={copy.placeholder}
          value={text}
          onChange={(value) => {
            setText(value);
            setError(null);
          }}
          maxLength={1000}
          showCount
        />
        {error && (
          <View className="xq-staff-period__error" role="alert">
            <Text>⚠ {error}</Text>
          </View>
        )}
      </View>
    </Dialog>
  );
}
