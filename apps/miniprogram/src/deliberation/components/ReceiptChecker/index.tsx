import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { ReceiptCheck } from '@xiaoqu/shared';
import { proposalsApi } from '../../../services/clients/proposals';
import { toastError } from '../../../services/feedback';
import { ReceiptResult } from '../ReceiptResult';

/** Anyone checks a receipt code: counted, superseded or not found (never the choice). */
export function ReceiptChecker({ voteId }: { voteId: number }) {
  const [code, setCode] = useState('');
  const [check, setCheck] = useState<ReceiptCheck | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    // The receipt shows the code in groups (`ABCD EFGH JK`): the spaces a person types from it are not part of it.
    const typed = code.replace(/\s+/g, '');
    if (!typed) return;
    setBusy(true);
    try {
      setCheck(await proposalsApi.checkReceipt(voteId, typed));
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>核验回执码</Text>
      </View>
      <Input
        className="xq-form-input"
        name="receiptCode"
        placeholder="输入投票后得到的回执码"
        value={code}
        onChange={(v) => {
          setCode(v);
          setCheck(null);
        }}
        maxLength={64}
      />
      <View className="xq-proposal__actions">
        <Button size="large" loading={busy} disabled={busy || !code.trim()} onClick={() => void submit()}>
          核验
        </Button>
      </View>
      {check && <ReceiptResult check={check} />}
    </View>
  );
}
