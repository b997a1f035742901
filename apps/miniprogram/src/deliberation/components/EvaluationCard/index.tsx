import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { EvaluationRequest, ProposalTimelineView } from '@xiaoqu/shared';
import { deliberationApi } from '../../../services/clients/deliberation';
import { toastError, toastSuccess } from '../../../services/feedback';
import { averageScoreText } from '../../lib/consultation';
import './index.scss';

const SCORES: EvaluationRequest['score'][] = [1, 2, 3, 4, 5];
const SCORE_WORDS: Record<EvaluationRequest['score'], string> = {
  1: '很不满意',
  2: '不满意',
  3: '一般',
  4: '满意',
  5: '很满意',
};

/** Residents rate how the decision was carried out (1–5 and a comment); anyone reads the average. */
export function EvaluationCard({
  proposalId,
  evaluation,
  canEvaluate,
  onSaved,
}: {
  proposalId: number;
  evaluation: ProposalTimelineView['evaluation'];
  canEvaluate: boolean;
  onSaved: (next: ProposalTimelineView) => void;
}) {
  const [score, setScore] = useState<EvaluationRequest['score'] | null>(
    evaluation.mine as EvaluationRequest['score'] | null,
  );
  const [comment, setComment] = useState('');
  const [saving, setSaving] = useState(false);
  const average = averageScoreText(evaluation);

  async function submit() {
    if (!score) return;
    setSaving(true);
    try {
      onSaved(await deliberationApi.evaluate(proposalId, { score, comment: comment.trim() }));
      toastSuccess('评价已提交');
      setComment('');
    } catch (error) {
      toastError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="xq-evaluation">
      <View className="xq-evaluation__title">
        <Text>居民评价</Text>
      </View>
      <Text className="xq-evaluation__average">{average ? `平均 ${average}` : '还没有居民评价。'}</Text>
      {canEvaluate && (
        <>
          <Text className="xq-evaluation__ask">
            {evaluation.mine ? `您评了 ${evaluation.mine} 分，可以修改：` : '这件事落实得怎么样？请打分：'}
          </Text>
          <View className="xq-evaluation__scores">
            {SCORES.map((s) => (
              <View
                key={s}
                className={`xq-evaluation__score${s === score ? ' xq-evaluation__score--on' : ''}`}
                onClick={() => setScore(s)}
              >
                <Text className="xq-evaluation__score-no">
                  {s === score ? '✓' : ''}
                  {s} 分
                </Text>
                <Text className="xq-evaluation__score-word">{SCORE_WORDS[s]}</Text>
              </View>
            ))}
          </View>
          <TextArea
            className="xq-evaluation__comment"
            placeholder="说说落实得好的地方或还需改进的地方（可不填）"
            value={comment}
            onChange={setComment}
            maxLength={500}
          />
          <Button
            type="primary"
            size="xlarge"
            block
            loading={saving}
            disabled={saving || !score}
            onClick={() => void submit()}
          >
            提交评价
          </Button>
        </>
      )}
    </View>
  );
}
