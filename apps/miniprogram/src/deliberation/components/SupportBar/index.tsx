import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ProposalTimelineView, ProposalView } from '@xiaoqu/shared';
import { deliberationApi } from '../../../services/clients/deliberation';
import { toastError, toastSuccess } from '../../../services/feedback';
import { supportOpen } from '../../lib/consultation';

/** How many residents support the proposal, and 附议支持 while it is raised or discussed. */
export function SupportBar({
  proposal,
  timeline,
  canSupport,
  onChanged,
}: {
  proposal: ProposalView;
  timeline: ProposalTimelineView;
  canSupport: boolean;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  async function support() {
    setBusy(true);
    try {
      await deliberationApi.support(proposal.id);
      toastSuccess('已附议');
      onChanged();
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  }
  const open = supportOpen(proposal.stage);
  return (
    <View className="xq-proposal__support">
      <Text className="xq-proposal__support-count">{timeline.supportCount} 位居民附议</Text>
      {timeline.supportedByMe ? (
        <Text className="xq-proposal__support-mine">✓ 我已附议</Text>
      ) : (
        open &&
        canSupport && (
          <Button type="primary" size="large" loading={busy} disabled={busy} onClick={() => void support()}>
            附议支持
          </Button>
        )
      )}
    </View>
  );
}
