import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { formatDateCn, type QuestionView } from '@xiaoqu/shared';
import { waitedLong, waitedText } from '../../services/disclosure';
import './index.scss';

/** A question on a line and its public answer, or how long it has waited for one. The asker is never named. */
export function QuestionItem({ question, children }: { question: QuestionView; children?: ReactNode }) {
  const long = waitedLong(question);
  return (
    <View className="xq-question">
      <View className="xq-question__head">
        {question.answer ? (
          <Tag background="#e6f2ee" color="#0b5a41" className="xq-tag">
            已答复
          </Tag>
        ) : (
          <Tag background={long ? '#fdecea' : '#fff4e5'} color={long ? '#8c1d18' : '#7a4100'} className="xq-tag">
            待答复
          </Tag>
        )}
        <Text className={`xq-question__waited${long ? ' xq-question__waited--long' : ''}`}>{waitedText(question)}</Text>
        {question.mine && <Text className="xq-question__mine">我提的</Text>}
      </View>
      <View className="xq-question__text">
        <Text>问：{question.text}</Text>
      </View>
      <View className="xq-question__date">
        <Text>{formatDateCn(question.askedAt)}提出</Text>
      </View>
      {question.answer && (
        <View className="xq-question__answer">
          <Text>物业答复：{question.answer.text}</Text>
          <View className="xq-question__date">
            <Text>{formatDateCn(question.answer.answeredAt)}答复</Text>
          </View>
        </View>
      )}
      {children}
    </View>
  );
}
