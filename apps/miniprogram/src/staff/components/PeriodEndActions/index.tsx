import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AccountDisclosureDetail } from '@xiaoqu/shared';
import { disclosureApi } from '../../../services/clients/disclosure';
import { toastError, toastSuccess } from '../../../services/feedback';

/** Property staff at the end of a period: delete a draft, or open a correction of a published period. */
export function PeriodEndActions({ detail, disabled }: { detail: AccountDisclosureDetail; disabled: boolean }) {
  const [busy, setBusy] = useState(false);
  const draft = detail.status === 'draft';

  async function confirmThen(modal: Taro.showModal.Option, action: () => Promise<void>) {
    if (!(await Taro.showModal(modal)).confirm) return;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  }

  const remove = () =>
    confirmThen(
      {
        title: '删除这份草稿？',
        content: '草稿里的明细和凭证都会删除，居民从未看到过它。',
        confirmText: '删除',
        cancelText: '保留',
      },
      async () => {
        await disclosureApi.deleteDisclosure(detail.id);
        toastSuccess('已删除');
        void Taro.navigateBack();
      },
    );

  const amend = () =>
    confirmThen(
      {
        title: '发布更正？',
        content: '会新建一份更正草稿，内容先照抄本期；改好并公示后，居民会看到两份并列，原公示不会被改动。',
        confirmText: '新建更正',
        cancelText: '取消',
      },
      async () => {
        const draftId = (await disclosureApi.amendDisclosure(detail.id)).id;
        void Taro.redirectTo({ url: `/staff/pages/period/index?id=${draftId}` });
      },
    );

  if (!draft && detail.amendedById !== null) return null;
  return (
    <View className="xq-staff-period__card">
      <Button
        size="large"
        block
        loading={busy}
        disabled={disabled || busy}
        onClick={() => void (draft ? remove() : amend())}
      >
        {draft ? '删除草稿' : '发布更正'}
      </Button>
    </View>
  );
}
