import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { CastBallotRequest, VoteOptionView } from '@xiaoqu/shared';
import { CHOICE_LABELS } from '../../lib/vote';
import '../BallotButtons/index.scss';

/** A multi-option vote's ballot: one big button per option, in order, then 弃权; none while sending or closed. */
export function OptionButtons({
  options,
  closed,
  busy,
  onChoose,
}: {
  options: VoteOptionView[];
  closed: boolean;
  busy: boolean;
  onChoose: (ballot: CastBallotRequest) => void;
}) {
  return (
    <View className="xq-ballot-buttons xq-ballot-buttons--options">
      {options.map((o) => (
        <Button
          key={o.id}
          className="xq-ballot-buttons__button"
          type="primary"
          size="xlarge"
          block
          disabled={closed || busy}
          onClick={() => onChoose({ optionId: o.id })}
        >
          {o.label}
        </Button>
      ))}
      <Button
        className="xq-ballot-buttons__button"
        type="default"
        size="xlarge"
        block
        disabled={closed || busy}
        onClick={() => onChoose({ optionId: null })}
      >
        {CHOICE_LABELS.abstain}
      </Button>
    </View>
  );
}
