import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input, Switch, TextArea } from '@nutui/nutui-react-taro';
import {
  ABOUT_PROPERTY_CATEGORIES,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  MAX_COMPLAINT_PHOTOS,
  PROPERTY_ROUTED_CATEGORIES,
  type BuildingView,
  type ComplaintCategory,
} from '@xiaoqu/shared';
import { ChoiceChips } from '../ChoiceChips';
import { PhotoPicker } from '../PhotoPicker';
import { complaintApi } from '../../services/clients/complaint';
import { clearDraft, draftProblem, loadDraft, saveDraft, type ComplaintDraft } from '../../services/complaint-draft';
import { toastError, toastSuccess } from '../../services/feedback';
import { errorMessage } from '../../services/request';

const CATEGORY_CHOICES = COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: COMPLAINT_CATEGORY_LABELS[c] }));

/** Where the chosen category goes, said before filing: a repair to the company, a complaint about it never. */
function routeHint(category: ComplaintCategory | null): string | null {
  if (category && PROPERTY_ROUTED_CATEGORIES.includes(category)) return '报修会转给本小区的物业服务企业处理。';
  if (category && ABOUT_PROPERTY_CATEGORIES.includes(category))
    return '投诉物业服务不会转给被投诉的物业，由网格员和社区处理，物业人员看不到这条诉求。';
  return null;
}

export function FilingForm({
  compoundId,
  buildings,
  onFiled,
}: {
  compoundId: number;
  buildings: BuildingView[];
  onFiled: (id: number) => void;
}) {
  const [draft, setDraft] = useState<ComplaintDraft>(() => loadDraft(compoundId));
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  // Every change is kept at once: leaving the page (or the app) loses nothing.
  useEffect(() => saveDraft(draft), [draft]);
  const change = (patch: Partial<ComplaintDraft>) => {
    setProblem(null);
    setDraft((d) => ({ ...d, ...patch }));
  };

  async function submit() {
    const missing = draftProblem(draft);
    if (missing) {
      setProblem(missing);
      return;
    }
    setSending(true);
    try {
      const filed = await complaintApi.file(compoundId, {
        category: draft.category!,
        text: draft.text.trim(),
        photoIds: draft.photos.map((p) => p.id),
        buildingId: draft.buildingId ?? undefined,
        placeText: draft.placeText.trim() || undefined,
        visible: draft.visible,
        callBack: draft.callBack,
      });
      clearDraft();
      setDraft(loadDraft(compoundId));
      toastSuccess('已提交');
      onFiled(filed.id);
    } catch (error) {
      setProblem(errorMessage(error));
      toastError(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <View className="xq-complaint__form">
      <View className="xq-complaint__label">
        <Text>反映什么问题</Text>
      </View>
      <ChoiceChips
        name="category"
        choices={CATEGORY_CHOICES}
        value={draft.category}
        onChange={(category) => change({ category })}
      />
      {routeHint(draft.category) && (
        <View className="xq-complaint__hint xq-complaint__route-hint">
          <Text>{routeHint(draft.category)}</Text>
        </View>
      )}

      <View className="xq-complaint__label">
        <Text>具体情况</Text>
      </View>
      <TextArea
        className="xq-complaint__text"
        placeholder="例如：3栋楼下的路灯坏了一周，晚上出行不安全"
        value={draft.text}
        onChange={(text) => change({ text })}
        maxLength={1000}
        showCount
      />

      <View className="xq-complaint__label">
        <Text>照片（可选，最多 9 张）</Text>
      </View>
      <PhotoPicker
        upload={(file) => complaintApi.uploadPhoto(compoundId, file)}
        max={MAX_COMPLAINT_PHOTOS}
        name="complaint-photos"
        value={draft.photos}
        onChange={(photos) => change({ photos })}
      />

      {buildings.length > 0 && (
        <>
          <View className="xq-complaint__label">
            <Text>在哪栋楼（可选，帮助分派给这栋楼的网格员）</Text>
          </View>
          <ChoiceChips
            name="building"
            choices={[{ value: 0, label: '不在楼内' }, ...buildings.map((b) => ({ value: b.id, label: b.name }))]}
            value={draft.buildingId ?? 0}
            onChange={(id) => change({ buildingId: id === 0 ? null : id })}
          />
        </>
      )}
      <View className="xq-complaint__label">
        <Text>具体位置（可选）</Text>
      </View>
      <Input
        className="xq-complaint__input"
        name="placeText"
        placeholder="例如：东门车库入口"
        value={draft.placeText}
        onChange={(placeText) => change({ placeText })}
        maxLength={100}
      />

      <View className="xq-complaint__visible">
        <View className="xq-complaint__visible-text">
          <Text className="xq-complaint__visible-title">让本小区其他居民也能看到</Text>
          <Text className="xq-complaint__visible-sub">
            {draft.visible ? '已公开：其他居民能看到内容和进度，看不到是谁提的' : '未公开：只有您和处理人员能看到'}
          </Text>
        </View>
        <Switch checked={draft.visible} onChange={(visible) => change({ visible })} />
      </View>

      <View className="xq-complaint__visible">
        <View className="xq-complaint__visible-text">
          <Text className="xq-complaint__visible-title">需要处理人员电话联系我</Text>
          <Text className="xq-complaint__visible-sub">
            {draft.callBack ? '处理人员能看到您登记的手机号，可以打给您' : '处理人员看不到您的手机号，只能在这里回复您'}
          </Text>
        </View>
        <Switch checked={draft.callBack} onChange={(callBack) => change({ callBack })} />
      </View>

      {problem && (
        <View className="xq-complaint__error" role="alert">
          <Text>⚠ {problem}</Text>
        </View>
      )}
      <Button type="primary" block size="xlarge" loading={sending} disabled={sending} onClick={() => void submit()}>
        提交诉求
      </Button>
      <View className="xq-complaint__hint">
        <Text>提交后由网格员受理（报修由物业受理）：2 小时内受理，一般问题 3 天内办结，办结后请您确认并评价。</Text>
      </View>
    </View>
  );
}
