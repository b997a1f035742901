import { Text, View } from '@tarojs/components';
import './index.scss';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
}

/**
 * One choice among a few, as large tappable chips: the chosen one says so with a ✓ as well as its colour.
 * `value` null: nothing chosen yet.
 */
export function ChoiceChips<T extends string | number>({
  choices,
  value,
  onChange,
  name,
}: {
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  /** For the browser journey and screen readers: what is being chosen. */
  name: string;
}) {
  return (
    <View className="xq-chips" role="radiogroup" aria-label={name} data-name={name}>
      {choices.map((c) => {
        const on = c.value === value;
        return (
          <View
            key={String(c.value)}
            role="radio"
            aria-checked={on}
            className={`xq-chips__chip${on ? ' xq-chips__chip--on' : ''}`}
            onClick={() => onChange(c.value)}
          >
            <Text>{on ? `✓ ${c.label}` : c.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
