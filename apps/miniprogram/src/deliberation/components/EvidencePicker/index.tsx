import { Text, View } from '@tarojs/components';
import type { AttachmentView } from '@xiaoqu/shared';
import { attachmentLabel } from '../../../services/attachments';
import { EVIDENCE_MAX } from '../../lib/objection';
import { ScanPicker } from '../ScanPicker';

/** Evidence for a correction: photos or PDFs (the signed form, the register extract), each stored at once. */
export function EvidencePicker({
  compoundId,
  value,
  onChange,
}: {
  compoundId: number;
  value: AttachmentView[];
  onChange: (next: AttachmentView[]) => void;
}) {
  return (
    <View className="xq-evidence-picker">
      {value.map((a) => (
        <View key={a.id} className="xq-scan__item">
          <Text className="xq-scan__name">✓ {attachmentLabel(a)}</Text>
          <Text className="xq-scan__remove" onClick={() => onChange(value.filter((v) => v.id !== a.id))}>
            移除
          </Text>
        </View>
      ))}
      {value.length < EVIDENCE_MAX && (
        <ScanPicker
          compoundId={compoundId}
          name="evidence"
          label={`上传证据（图片或 PDF，${value.length} / ${EVIDENCE_MAX}）`}
          value={null}
          onChange={(a) => a && onChange([...value, a])}
        />
      )}
    </View>
  );
}
