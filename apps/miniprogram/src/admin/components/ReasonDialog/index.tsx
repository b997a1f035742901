import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Dialog, TextArea } from '@nutui/nutui-react-taro';

/** Asks for the written reason of a rejection or a revocation; the claimant will read it. */
export function ReasonDialog({
  open,
  title,
  subject,
  confirmText,
  placeholder,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  /** What is decided, e.g. the unit. */
  subject: string;
  confirmText: string;
  placeholder: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setReason('');
      setError(null);
    }
  }, [open]);

  function confirm() {
    const text = reason.trim();
    if (!text) {
      setError('请写明原因，申请人会看到它');
      return;
    }
    onConfirm(text);
  }

  return (
    <Dialog
      visible={open}
      title={title}
      confirmText={confirmText}
      cancelText="取消"
      onConfirm={confirm}
      // Closing is ours: the dialog stays open until a reason is written.
      onCancel={onCancel}
    >
      <View className="xq-admin-claims__dialog">
        <Text>{subject}</Text>
        <TextArea
          className="xq-admin-claims__reason"
          placeholder={placeholder}
          value={reason}
          onChange={(value) => {
            setReason(value);
            setError(null);
          }}
          maxLength={200}
          showCount
        />
        {error && (
          <View className="xq-admin-claims__error" role="alert">
            <Text>⚠ {error}</Text>
          </View>
        )}
      </View>
    </Dialog>
  );
}
