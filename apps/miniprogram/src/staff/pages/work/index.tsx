import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import {
  parseDay,
  WORK_RECORD_KINDS,
  WORK_RECORD_LABELS,
  type AttachmentView,
  type WorkRecordKind,
} from '@xiaoqu/shared';
import { DateField } from '../../../components/DateField';
import { disclosureApi } from '../../../services/clients/disclosure';
import { toastError, toastSuccess } from '../../../services/feedback';
import { FormField, todayCn } from '../../components/FormField';
import { UploadList } from '../../components/UploadList';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

const MAX_PHOTOS = 9;

/** A work record (elevator maintenance, cleaning…) with its photos, published as soon as it is saved. */
export default function WorkRecordPage() {
  const compoundId = Number(useRouter().params.compoundId);
  const [kind, setKind] = useState<WorkRecordKind | null>(null);
  const [doneOn, setDoneOn] = useState(todayCn());
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<AttachmentView[]>([]);
  const [errors, setErrors] = useState<Partial<Record<'kind' | 'doneOn' | 'description', string>>>({});
  const [saving, setSaving] = useState(false);

  async function submit() {
    const day = parseDay(doneOn);
    const text = description.trim();
    const next = {
      kind: kind ? undefined : '请选择工作类别',
      doneOn: day ? undefined : '请选择完成日期',
      description: text ? undefined : '请写明做了什么，例如 3栋1单元电梯月度维保',
    };
    setErrors(next);
    if (!kind || !day || !text) return;
    const sure = await Taro.showModal({
      title: '公示这条工作记录？',
      content: '保存后立即对本小区居民公开，不能修改。',
      confirmText: '公示',
      cancelText: '再看看',
    });
    if (!sure.confirm) return;
    setSaving(true);
    try {
      await disclosureApi.addWorkRecord(compoundId, {
        kind,
        doneOn: day,
        description: text,
        photoIds: photos.map((p) => p.id),
      });
      toastSuccess('已公示');
      setTimeout(() => void Taro.navigateBack(), 800);
    } catch (error) {
      toastError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="xq-page xq-work">
      <CareMeta />
      <View className="xq-work__hint">
        <Text>工作记录保存后立即出现在居民的「晒服务」里。</Text>
      </View>
      <FormField label="类别" error={errors.kind}>
        <View className="xq-work__kinds">
          {WORK_RECORD_KINDS.map((k) => (
            <View key={k} className="xq-work__kind">
              <Button size="large" block type={k === kind ? 'primary' : 'default'} onClick={() => setKind(k)}>
                {k === kind ? `✓ ${WORK_RECORD_LABELS[k]}` : WORK_RECORD_LABELS[k]}
              </Button>
            </View>
          ))}
        </View>
      </FormField>
      <FormField label="日期" error={errors.doneOn}>
        <DateField name="doneOn" value={doneOn} onChange={setDoneOn} end={todayCn()} />
      </FormField>
      <FormField label="做了什么" error={errors.description}>
        <TextArea
          className="xq-work__text"
          placeholder="例如 3栋1单元电梯月度维保，更换门机皮带"
          value={description}
          onChange={setDescription}
          maxLength={500}
          showCount
        />
      </FormField>
      <FormField label={`照片（最多 ${MAX_PHOTOS} 张，可不传）`}>
        <UploadList compoundId={compoundId} kind="photos" max={MAX_PHOTOS} value={photos} onChange={setPhotos} />
      </FormField>
      <View className="xq-work__submit">
        <Button type="primary" size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
          保存并公示
        </Button>
      </View>
    </View>
  );
}
