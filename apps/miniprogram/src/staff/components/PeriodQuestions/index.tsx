import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CATEGORY_LABELS, formatFen, type LineView, type QuestionView } from '@xiaoqu/shared';
import { QuestionItem } from '../../../components/QuestionItem';

export interface PeriodQuestionsProps {
  /** Sorted for staff: unanswered first, oldest first. */
  questions: QuestionView[];
  lines: LineView[];
  canAnswer: boolean;
  onAnswer: (question: QuestionView) => void;
}

/** Residents' questions on this period's lines, each with the line it is about and, for property staff, 答复. */
export function PeriodQuestions({ questions, lines, canAnswer, onAnswer }: PeriodQuestionsProps) {
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const unanswered = questions.filter((q) => !q.answer).length;
  return (
    <View className="xq-staff-period__card">
      <View className="xq-staff-period__label">
        <Text>
          居民质询（待答复 {unanswered} / 共 {questions.length}）
        </Text>
      </View>
      {questions.map((q) => {
        const line = lineById.get(q.lineId);
        return (
          <QuestionItem key={q.id} question={q}>
            {line && (
              <View className="xq-staff-period__about">
                <Text>
                  关于：{CATEGORY_LABELS[line.category]} · {line.counterparty} · {formatFen(line.amountFen)}
                </Text>
              </View>
            )}
            {!q.answer && canAnswer && (
              <Button type="primary" size="large" onClick={() => onAnswer(q)}>
                答复
              </Button>
            )}
          </QuestionItem>
        );
      })}
    </View>
  );
}
