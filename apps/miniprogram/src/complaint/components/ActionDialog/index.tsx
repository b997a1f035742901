import { Text, View } from '@tarojs/components';
import { Dialog, TextArea } from '@nutui/nutui-react-taro';
import { MAX_COMPLAINT_PHOTOS, type AttachmentView, type ComplaintDetailView } from '@xiaoqu/shared';
import { ChoiceChips } from '../../../components/ChoiceChips';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { complaintApi } from '../../../services/clients/complaint';
import { ACTION_FORMS, offersReopen, type PersonAction } from '../../../services/complaint-view';

const RATING_CHOICES = [1, 2, 3, 4, 5].map((n) => ({ value: n, label: `${n} 星` }));

export interface Pending {
  action: PersonAction;
  note: string;
  photos: AttachmentView[];
  rating: number | null;
  problem: string | null;
}

/** The dialog of one action on a complaint: its note, the rating or photos it asks for, and what went wrong. */
export function ActionDialog({
  complaint,
  pending,
  edit,
  send,
  cancel,
  switchTo,
}: {
  complaint: ComplaintDetailView;
  pending: Pending | null;
  edit: (patch: Partial<Pending>) => void;
  send: () => Promise<void>;
  cancel: () => void;
  /** Another action in the dialog's place (a low rating offers 退回重办 first). */
  switchTo: (action: PersonAction) => void;
}) {
  const form = pending ? ACTION_FORMS[pending.action] : null;
  return (
    <Dialog
      visible={pending !== null}
      title={form?.title ?? ''}
      confirmText={form?.confirmText ?? '确认'}
      cancelText="取消"
      onConfirm={() => void send()}
      // Closing is ours: the dialog stays open until the action is sent or cancelled.
      onCancel={cancel}
    >
      {pending && form && (
        <View className="xq-complaint-detail__dialog">
          {form.hint && (
            <View className="xq-complaint-detail__dialog-hint">
              <Text>{form.hint}</Text>
            </View>
          )}
          {form.rating && (
            <>
              <View className="xq-complaint-detail__dialog-label">
                <Text>问题解决得怎么样？</Text>
              </View>
              <ChoiceChips
                name="rating"
                choices={RATING_CHOICES}
                value={pending.rating}
                onChange={(rating) => edit({ rating })}
              />
              {offersReopen(pending.rating) && complaint.actions.includes('reopen') && (
                <View className="xq-complaint-detail__dialog-hint">
                  <Text>问题没有解决？可以先退回重办，处理人会重新处理。</Text>
                  <Text className="xq-complaint-detail__switch" onClick={() => switchTo('reopen')}>
                    改为退回重办 ›
                  </Text>
                </View>
              )}
            </>
          )}
          <View className="xq-complaint-detail__dialog-label">
            <Text>{form.noteLabel}</Text>
          </View>
          <TextArea
            className="xq-complaint-detail__note"
            value={pending.note}
            onChange={(note) => edit({ note })}
            maxLength={1000}
            showCount
          />
          {form.photos && (
            <>
              <View className="xq-complaint-detail__dialog-label">
                <Text>处理后的照片（可选）</Text>
              </View>
              <PhotoPicker
                upload={(file) => complaintApi.uploadPhoto(complaint.compoundId, file)}
                max={MAX_COMPLAINT_PHOTOS}
                name="fix-photos"
                addText="添加处理照片"
                value={pending.photos}
                onChange={(photos) => edit({ photos })}
              />
            </>
          )}
          {pending.problem && (
            <View className="xq-complaint-detail__error" role="alert">
              <Text>⚠ {pending.problem}</Text>
            </View>
          )}
        </View>
      )}
    </Dialog>
  );
}
