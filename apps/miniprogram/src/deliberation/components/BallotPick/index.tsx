import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { CastBallotRequest, OwnerVoteView } from '@xiaoqu/shared';
import { ballotLabel, ballotsOf } from '../../lib/options';

type Marked = Pick<CastBallotRequest, 'choice' | 'optionId'>;
const same = (a: Marked | null, b: Marked) => a !== null && a.choice === b.choice && a.optionId === b.optionId;

/** What a signed form says, picked by an organiser: agree / disagree / abstain, or an option or 弃权. */
export function BallotPick({
  vote,
  value,
  onChange,
}: {
  vote: Pick<OwnerVoteView, 'kind' | 'options'>;
  value: Marked | null;
  onChange: (next: Marked) => void;
}) {
  return (
    <View className="xq-proposal__actions">
      {ballotsOf(vote.kind, vote.options).map((b) => {
        const label = ballotLabel(b, vote.options);
        const on = same(value, b);
        return (
          <Button key={label} size="large" type={on ? 'primary' : 'default'} onClick={() => onChange(b)}>
            {on ? `✓ ${label}` : label}
          </Button>
        );
      })}
    </View>
  );
}
