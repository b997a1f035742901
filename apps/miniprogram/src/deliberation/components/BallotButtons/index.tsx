import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { TallyBallot } from '@xiaoqu/shared';
import { CHOICE_LABELS } from '../../lib/vote';
import './index.scss';

const CHOICES: TallyBallot['choice'][] = ['agree', 'disagree', 'abstain'];
/**
 * Three big buttons alike in colour and weight (no choice looks like the expected one); none can be tapped while a
 * ballot is being sent or once the vote is closed.
 */
export function BallotButtons({
  closed,
  busy,
  onChoose,
}: {
  closed: boolean;
  busy: boolean;
  onChoose: (choice: TallyBallot['choice']) => void;
}) {
  return (
    <View className="xq-ballot-buttons">
      {CHOICES.map((choice) => (
        <Button
          key={choice}
          className="xq-ballot-buttons__button"
          type="default"
          size="xlarge"
          block
          disabled={closed || busy}
          onClick={() => onChoose(choice)}
        >
          {CHOICE_LABELS[choice]}
        </Button>
      ))}
    </View>
  );
}
