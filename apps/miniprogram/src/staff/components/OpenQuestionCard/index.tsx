import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { CATEGORY_LABELS, formatFen, periodLabel, type OpenQuestionView } from '@xiaoqu/shared';
import { QuestionItem } from '../../../components/QuestionItem';
import './index.scss';

export interface OpenQuestionCardProps {
  question: OpenQuestionView;
  /** Property staff answer here; reviewers only read. */
  canAnswer: boolean;
  /** Resolves true once the answer is stored. */
  onAnswer: (text: string) => Promise<boolean>;
  onOpenPeriod?: (disclosureId: number) => void;
}

/** A question waiting for the property company: the line it is about, how long it has waited, an answer box. */
export function OpenQuestionCard({ question, canAnswer, onAnswer, onOpenPeriod }: OpenQuestionCardProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const { line } = question;

  async function send() {
    const answer = text.trim();
    if (!answer) {
      setError('请先写答复');
      return;
    }
    setSending(true);
    try {
      if (await onAnswer(answer)) setText('');
    } finally {
      setSending(false);
    }
  }

  return (
    <View className="xq-open-question">
      <View className="xq-open-question__line" onClick={() => onOpenPeriod?.(question.disclosureId)}>
        <Text className="xq-open-question__period">{periodLabel(question.periodKey)}</Text>
        <Text>
          {CATEGORY_LABELS[line.category]} · {formatFen(line.amountFen)} · {line.counterparty} · {line.occurredOn}
        </Text>
      </View>
      <QuestionItem question={question}>
        {canAnswer && (
          <View className="xq-open-question__answer">
            <TextArea
              className="xq-open-question__input"
              placeholder="公开答复：说明这笔钱的用途和依据"
              value={text}
              onChange={(value) => {
                setText(value);
                setError(null);
              }}
              maxLength={1000}
              showCount
            />
            {error && (
              <View className="xq-open-question__error" role="alert">
                <Text>⚠ {error}</Text>
              </View>
            )}
            <Button type="primary" size="large" block loading={sending} disabled={sending} onClick={() => void send()}>
              发布答复
            </Button>
          </View>
        )}
      </QuestionItem>
    </View>
  );
}
