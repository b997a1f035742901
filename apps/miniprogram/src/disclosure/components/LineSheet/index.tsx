import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import {
  CATEGORY_LABELS,
  formatDateCn,
  formatFen,
  formatRatio,
  type LineView,
  type QuestionView,
} from '@xiaoqu/shared';
import { QuestionItem } from '../../../components/QuestionItem';
import { attachmentLabel, isImage, openAttachment } from '../../../services/attachments';
import './index.scss';

export interface LineSheetProps {
  line: LineView;
  questions: QuestionView[];
  /** Published disclosures take questions; drafts do not. */
  canAsk: boolean;
  /** Resolves once the question is stored (the sheet then clears its text). */
  onAsk: (text: string) => Promise<boolean>;
}

const MAX_QUESTION = 500;

/** Who flagged a line, as residents call them. */
export const FLAG_ROLE_LABELS: Record<LineView['flags'][number]['role'], string> = {
  committee_member: '业委会',
  supervisor: '监察人',
};

/** One line in full: what it was, its vouchers, the questions about it, and a box to ask one. */
export function LineSheet({ line, questions, canAsk, onAsk }: LineSheetProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);

  async function ask() {
    const question = text.trim();
    if (!question) {
      setError('请写下您想问的问题');
      return;
    }
    setAsking(true);
    try {
      if (await onAsk(question)) setText('');
    } finally {
      setAsking(false);
    }
  }

  const billed = line.householdsBilled ?? null;
  const paid = line.householdsPaid ?? null;
  return (
    <View className="xq-line-sheet">
      <View className="xq-line-sheet__title">
        <Text>
          {line.direction === 'income' ? '收入' : '支出'} · {CATEGORY_LABELS[line.category]}
        </Text>
      </View>
      <View className="xq-line-sheet__amount">
        <Text>{formatFen(line.amountFen)}</Text>
      </View>
      <View className="xq-line-sheet__facts">
        <Text>日期：{line.occurredOn}</Text>
        <Text>
          {line.direction === 'income' ? '付款方' : '收款方'}：{line.counterparty}
        </Text>
        {line.note ? <Text>说明：{line.note}</Text> : null}
        {billed !== null && paid !== null && (
          <Text>
            应缴 {billed} 户，实缴 {paid} 户，收缴率 {formatRatio(paid, billed) ?? '—'}
          </Text>
        )}
        {line.flags.map((flag) => (
          <Text key={`${flag.role}-${flag.flaggedAt}`} className="xq-line-sheet__flag">
            ⚑ {FLAG_ROLE_LABELS[flag.role]}标记：{flag.reason}（{formatDateCn(flag.flaggedAt)}）
          </Text>
        ))}
        {line.flagged && line.flags.length === 0 && (
          <Text className="xq-line-sheet__flag">⚑ 业委会或监察人已标记此笔，请关注答复</Text>
        )}
      </View>

      <View className="xq-line-sheet__section">
        <Text>凭证</Text>
      </View>
      {line.attachments.length === 0 ? (
        <View className="xq-line-sheet__none">
          <Text>此笔没有附凭证。您可以在下面提出质询，请物业补充说明。</Text>
        </View>
      ) : (
        line.attachments.map((a) => (
          <View key={a.id} className="xq-line-sheet__voucher">
            <Button size="large" block onClick={() => void openAttachment(a, line.attachments)}>
              {isImage(a) ? '查看图片' : '打开 PDF'}：{attachmentLabel(a)}
            </Button>
          </View>
        ))
      )}

      <View className="xq-line-sheet__section">
        <Text>质询（{questions.length}）</Text>
      </View>
      {questions.length === 0 && (
        <View className="xq-line-sheet__none">
          <Text>还没有人问过这笔。</Text>
        </View>
      )}
      {questions.map((q) => (
        <QuestionItem key={q.id} question={q} />
      ))}

      {canAsk && (
        <View className="xq-line-sheet__ask">
          <TextArea
            className="xq-line-sheet__input"
            placeholder="对这笔有疑问？例如：这笔维修具体修了什么，有没有比价？"
            value={text}
            onChange={(value) => {
              setText(value);
              setError(null);
            }}
            maxLength={MAX_QUESTION}
            showCount
          />
          {error && (
            <View className="xq-line-sheet__error" role="alert">
              <Text>⚠ {error}</Text>
            </View>
          )}
          <Button type="primary" size="xlarge" block loading={asking} disabled={asking} onClick={() => void ask()}>
            提交质询
          </Button>
          <View className="xq-line-sheet__hint">
            <Text>质询和物业的答复对本小区居民公开，不会显示您的姓名。</Text>
          </View>
        </View>
      )}
    </View>
  );
}
