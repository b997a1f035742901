import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CLAIM_DECISION_LABELS, formatDateCn, ROLE_LABELS, type ClaimDecisionView } from '@xiaoqu/shared';
import { errorMessage } from '../../../services/request';

/** Every approval, rejection and revocation of the claim's unit, loaded when asked for. */
export function ClaimHistory({ load }: { load: () => Promise<ClaimDecisionView[]> }) {
  const [state, setState] = useState<
    | { kind: 'closed' }
    | { kind: 'loading' }
    | { kind: 'shown'; rows: ClaimDecisionView[] }
    | { kind: 'failed'; message: string }
  >({ kind: 'closed' });

  async function open() {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'shown', rows: await load() });
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
    }
  }

  if (state.kind === 'closed' || state.kind === 'loading')
    return (
      <View className="xq-claim-history__toggle" onClick={() => state.kind === 'closed' && void open()}>
        <Text>{state.kind === 'loading' ? '正在加载审核记录…' : '查看这套房屋的审核记录'}</Text>
      </View>
    );
  if (state.kind === 'failed')
    return (
      <View className="xq-claim-history__toggle" role="alert" onClick={() => void open()}>
        <Text>⚠ {state.message}（点击重试）</Text>
      </View>
    );
  return (
    <View className="xq-claim-history">
      {state.rows.length === 0 ? (
        <Text>这套房屋还没有审核记录。</Text>
      ) : (
        state.rows.map((d) => (
          <View key={d.id} className="xq-claim-history__row">
            <Text>
              {formatDateCn(d.at)} · {d.decidedBy.name ?? `用户 ${d.decidedBy.personId}`}（{ROLE_LABELS[d.role]}）
              {CLAIM_DECISION_LABELS[d.action]}申请 #{d.claimId}
              {d.reason ? `：${d.reason}` : ''}
            </Text>
          </View>
        ))
      )}
    </View>
  );
}
