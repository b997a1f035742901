import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ComplaintView, MeTooView } from '@xiaoqu/shared';
import { complaintApi } from '../../../services/clients/complaint';
import { toastError } from '../../../services/feedback';
import { meTooText } from '../../../services/complaint-view';
import './index.scss';

/**
 * 我也遇到 on a public complaint: a neighbour adds themselves (once; tapping again takes it back); the count names
 * nobody. The filer sees the count only.
 */
export function MeTooButton({ complaint, canAdd }: { complaint: ComplaintView; canAdd: boolean }) {
  const [meToo, setMeToo] = useState<MeTooView>(complaint.meToo);
  const [sending, setSending] = useState(false);
  if (!complaint.visible) return null;
  const tappable = canAdd && !complaint.mine;

  async function toggle(event: { stopPropagation?: () => void }) {
    event.stopPropagation?.(); // inside a card: the tap is not the card's
    if (!tappable || sending) return;
    setSending(true);
    try {
      setMeToo(await complaintApi.meToo(complaint.id, !meToo.mine));
    } catch (error) {
      toastError(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <View
      className={`xq-me-too${meToo.mine ? ' xq-me-too--on' : ''}${tappable ? '' : ' xq-me-too--count'}`}
      role={tappable ? 'button' : undefined}
      aria-pressed={tappable ? meToo.mine : undefined}
      data-testid="me-too"
      onClick={(e) => void toggle(e)}
    >
      <Text>{tappable ? `${meToo.mine ? '✓ ' : '+ '}我也遇到` : ''}</Text>
      <Text className="xq-me-too__count">{meTooText(meToo.count)}</Text>
    </View>
  );
}
