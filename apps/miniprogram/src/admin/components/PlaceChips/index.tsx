import { View } from '@tarojs/components';
import { ROLE_LABELS, type RoleGrantView } from '@xiaoqu/shared';
import { ChoiceChips } from '../../../components/ChoiceChips';

/** For an admin of several places: which one the page shows. Nothing when there is only one. */
export function PlaceChips({
  grants,
  value,
  onChange,
}: {
  grants: RoleGrantView[];
  value: number;
  onChange: (placeId: number) => void;
}) {
  if (grants.length < 2) return null;
  return (
    <View className="xq-place-chips" style={{ margin: '0 24px 16px' }}>
      <ChoiceChips
        name="place"
        choices={grants.map((g) => ({ value: g.place.id, label: `${g.place.name}（${ROLE_LABELS[g.role]}）` }))}
        value={value}
        onChange={onChange}
      />
    </View>
  );
}
