import { useRef } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { toastText } from '../../../../services/feedback';
import type { UploadFile } from '../../../../services/request';
import type { ClaimEvidence } from '../../evidence';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';

/** What the claimant offers beyond name and phone: the deed number's last six, a photo of the deed, or both. */
export type DeedEvidenceValue = ClaimEvidence;

async function choosePhoto(): Promise<UploadFile | null> {
  try {
    const res = await Taro.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['camera', 'album'],
    });
    const path = res.tempFiles[0]?.tempFilePath;
    return path ? { kind: 'path', path, name: path.split('/').pop() ?? 'deed.jpg' } : null;
  } catch (error) {
    const msg = (error as { errMsg?: string }).errMsg ?? '';
    if (!msg.includes('cancel') && !msg.includes('privacy')) toastText('没能打开相册，请重试');
    return null;
  }
}

/**
 * The optional proof of ownership: the last six characters of the 不动产权证号 or 购房合同号, and a photo of the deed
 * or contract. The photo is uploaded only when the claim is submitted.
 */
export function DeedEvidence({
  value,
  onChange,
  error,
}: {
  value: DeedEvidenceValue;
  onChange: (next: DeedEvidenceValue) => void;
  error?: string;
}) {
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <View className="xq-claim-form__section xq-deed">
      <View className="xq-claim-form__label">
        <Text>5. 产权证明（建议填写）</Text>
      </View>
      <View className="xq-deed__hint">
        <Text>
          填写不动产权证号或购房合同号的后 6
          位，或拍一张不动产权证（购房合同）首页的照片。社区核对后才能通过；照片只有审核的社区工作人员能看，审核完 30
          天后删除。
        </Text>
      </View>
      <Input
        className="xq-claim-form__input"
        name="deedLast6"
        placeholder="证号或合同号后 6 位，例如 012345"
        value={value.last6}
        onChange={(last6) => onChange({ ...value, last6 })}
        maxLength={32}
      />
      {error && (
        <View className="xq-claim-form__error" role="alert">
          <Text>⚠ {error}</Text>
        </View>
      )}
      {IS_H5 && (
        <input
          ref={input}
          name="deedPhoto"
          className="xq-deed__file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onChange({ ...value, photo: { kind: 'blob', blob: file, name: file.name } });
          }}
        />
      )}
      {value.photo ? (
        <View className="xq-deed__photo">
          <Text>✓ 已选照片：{value.photo.name}</Text>
          <Text className="xq-deed__remove" onClick={() => onChange({ ...value, photo: null })}>
            移除
          </Text>
        </View>
      ) : (
        <Button
          size="large"
          block
          onClick={() =>
            IS_H5 ? input.current?.click() : void choosePhoto().then((photo) => photo && onChange({ ...value, photo }))
          }
        >
          拍照或选择产权证照片
        </Button>
      )}
    </View>
  );
}
