import { useState } from 'react';
import Taro, { useLoad } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import { formatDateCn } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { disclosureApi } from '../../../services/clients/disclosure';
import { toastError, toastSuccess } from '../../../services/feedback';
import { errorMessage } from '../../../services/request';
import { staffCompound } from '../../lib/compound';
import {
  EMPTY_SERVICE_FORM,
  formOf,
  validateServiceForm,
  type ServiceForm,
  type ServiceFormErrors,
} from '../../lib/service-form';
import { ServiceContractFields } from '../../components/ServiceContractFields';
import { RowsField, type RowColumn } from '../../components/RowsField';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

const POST_COLUMNS: RowColumn<ServiceForm['staffPosts'][number]>[] = [
  { key: 'post', width: 'main', placeholder: '岗位，例如 保洁员', maxLength: 50 },
  { key: 'headcount', width: 'side', type: 'number', placeholder: '人数', maxLength: 4 },
];

const ITEM_COLUMNS: RowColumn<ServiceForm['items'][number]>[] = [
  { key: 'name', width: 'main', placeholder: '服务项目', maxLength: 100 },
  { key: 'frequency', width: 'side', placeholder: '频次', maxLength: 50 },
];

/** The draft to edit; else the published disclosure, as the start of the next draft; else an empty form. */
async function loadEditor() {
  const staff = await staffCompound();
  if (!staff) return null;
  const id = staff.compound.id;
  // Both are null when there is nothing yet (no draft saved, none published): a fresh form, not an error.
  const draft = await disclosureApi.serviceDraft(id);
  const published = draft ? null : await disclosureApi.serviceDisclosure(id);
  const start = draft ?? published;
  return {
    staff,
    hasDraft: draft !== null,
    publishedAt: published?.publication?.publishedAt ?? null,
    form: start ? formOf(start) : EMPTY_SERVICE_FORM,
  };
}

export default function ServiceEditorPage() {
  const [state, reload] = useAsync(loadEditor);
  const [form, setForm] = useState<ServiceForm | null>(null);
  const [errors, setErrors] = useState<ServiceFormErrors>({});
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  useLoad(() => void reload());

  if (state.data === null && state.status !== 'ok') {
    return (
      <View className="xq-page">
        <CareMeta />
        {state.status === 'error' ? (
          <EmptyState
            status="error"
            title="没能加载服务公示"
            description={`${errorMessage(state.error)}。`}
            actionText="重新加载"
            onAction={() => void reload()}
          />
        ) : (
          <PageSkeleton />
        )}
      </View>
    );
  }
  const loaded = state.data;
  if (!loaded || !loaded.staff.roles.includes('property_staff')) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          icon="晒"
          title="只有物业服务人员可以编辑服务公示"
          description="业委会成员和监察人可以在「公开」里查看已公示的服务内容。"
        />
      </View>
    );
  }
  const compoundId = loaded.staff.compound.id;
  const f = form ?? loaded.form;
  const set = (patch: Partial<ServiceForm>) => setForm({ ...f, ...patch });

  async function save(): Promise<boolean> {
    const result = validateServiceForm(f);
    if (result.errors) {
      setErrors(result.errors);
      void Taro.showToast({ title: '请按提示修改', icon: 'none' });
      return false;
    }
    setErrors({});
    await disclosureApi.saveServiceDraft(compoundId, result.input);
    return true;
  }

  async function saveDraft() {
    setBusy('save');
    try {
      if (await save()) {
        toastSuccess('草稿已保存');
        setForm(null);
        await reload();
      }
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(null);
    }
  }

  async function publish() {
    const sure = await Taro.showModal({
      title: '公示服务内容？',
      content: '会先保存草稿再公示。公示后本小区居民都能看到，不能再修改；有变化时再编辑一份新的公示。',
      confirmText: '公示',
      cancelText: '再看看',
    });
    if (!sure.confirm) return;
    setBusy('publish');
    try {
      if (await save()) {
        await disclosureApi.publishServiceDraft(compoundId);
        toastSuccess('已公示');
        setForm(null);
        await reload();
      }
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <View className="xq-page xq-service-editor">
      <CareMeta />
      <View className="xq-service-editor__head">
        <Text className="xq-service-editor__name">{loaded.staff.compound.name} · 服务公示</Text>
        <View className="xq-service-editor__status">
          <Tag background="#fff4e5" color="#7a4100" className="xq-tag">
            {loaded.hasDraft ? '草稿 · 居民看不到' : '新草稿'}
          </Tag>
          <Text>
            {loaded.publishedAt
              ? `内容取自 ${formatDateCn(loaded.publishedAt)} 的公示`
              : loaded.hasDraft
                ? '保存过的草稿'
                : ''}
          </Text>
        </View>
      </View>

      {!loaded.hasDraft && !loaded.publishedAt && (
        <View className="xq-service-editor__empty" role="status">
          <Text className="xq-service-editor__empty-title">还没有服务公示草稿，填写后保存即可</Text>
          <Text>保存后居民还看不到；点「保存并公示」后，本小区居民才能在「公开」里查看。</Text>
        </View>
      )}

      <View className="xq-service-editor__actions">
        <Button
          type="primary"
          size="xlarge"
          block
          loading={busy === 'publish'}
          disabled={busy !== null}
          onClick={() => void publish()}
        >
          保存并公示
        </Button>
        <View className="xq-service-editor__gap" />
        <Button size="large" block loading={busy === 'save'} disabled={busy !== null} onClick={() => void saveDraft()}>
          保存草稿
        </Button>
      </View>

      <ServiceContractFields form={f} errors={errors} set={set} />

      <RowsField
        section="岗位与人员"
        label="岗位 · 人数"
        hint="空着的行不会保存"
        error={errors.posts}
        rows={f.staffPosts}
        columns={POST_COLUMNS}
        blank={{ post: '', headcount: '' }}
        addText="添加岗位"
        onChange={(staffPosts) => set({ staffPosts })}
      />

      <RowsField
        section="服务项目与频次"
        label="项目 · 频次"
        hint="例如 公共区域清扫 · 每日 2 次"
        error={errors.items}
        rows={f.items}
        columns={ITEM_COLUMNS}
        blank={{ name: '', frequency: '' }}
        addText="添加服务项目"
        onChange={(items) => set({ items })}
      />

      <View className="xq-service-editor__section">
        <Text>工作记录</Text>
      </View>
      <View className="xq-service-editor__actions">
        <Button
          size="large"
          block
          onClick={() => void Taro.navigateTo({ url: `/staff/pages/work/index?compoundId=${compoundId}` })}
        >
          新增工作记录（随即公示）
        </Button>
      </View>
      <View className="xq-service-editor__end" />
    </View>
  );
}
