import { useState } from 'react';
import Taro, { useLoad } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input, Tag } from '@nutui/nutui-react-taro';
import { formatDateCn, type ServiceDisclosureView } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { disclosureApi } from '../../../services/clients/disclosure';
import { toastError, toastSuccess } from '../../../services/feedback';
import { ApiError, errorMessage } from '../../../services/request';
import { FormField } from '../../components/FormField';
import { staffCompound } from '../../lib/compound';
import {
  EMPTY_SERVICE_FORM,
  formOf,
  validateServiceForm,
  type ServiceForm,
  type ServiceFormErrors,
} from '../../lib/service-form';
import './index.scss';

/** Null on a 404: nothing of that kind yet. */
async function orNull(load: Promise<ServiceDisclosureView>): Promise<ServiceDisclosureView | null> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** The draft to edit; else the published disclosure, as the start of the next draft; else an empty form. */
async function loadEditor() {
  const staff = await staffCompound();
  if (!staff) return null;
  const id = staff.compound.id;
  const draft = await orNull(disclosureApi.serviceDraft(id));
  const published = draft ? null : await orNull(disclosureApi.serviceDisclosure(id));
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

  const updatePost = (i: number, patch: Partial<ServiceForm['staffPosts'][number]>) =>
    set({ staffPosts: f.staffPosts.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const updateItem = (i: number, patch: Partial<ServiceForm['items'][number]>) =>
    set({ items: f.items.map((p, j) => (j === i ? { ...p, ...patch } : p)) });

  return (
    <View className="xq-page xq-service-editor">
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

      <View className="xq-service-editor__section">
        <Text>合同与收费</Text>
      </View>
      <FormField label="物业公司" error={errors.company}>
        <Input
          className="xq-form-input"
          name="company"
          placeholder="例如 成都某某物业服务有限公司"
          value={f.company}
          onChange={(company) => set({ company })}
          maxLength={100}
        />
      </FormField>
      <FormField label="合同期限" hint="格式 2026-01-01" error={errors.contract}>
        <View className="xq-form-row">
          <Input
            className="xq-form-input xq-form-row__side"
            name="contractStart"
            placeholder="开始 2026-01-01"
            value={f.contractStart}
            onChange={(contractStart) => set({ contractStart })}
            maxLength={10}
          />
          <Text>至</Text>
          <Input
            className="xq-form-input xq-form-row__side"
            name="contractEnd"
            placeholder="结束 2028-12-31"
            value={f.contractEnd}
            onChange={(contractEnd) => set({ contractEnd })}
            maxLength={10}
          />
        </View>
      </FormField>
      <FormField label="服务等级" error={errors.serviceLevel}>
        <Input
          className="xq-form-input"
          name="serviceLevel"
          placeholder="例如 一级"
          value={f.serviceLevel}
          onChange={(serviceLevel) => set({ serviceLevel })}
          maxLength={50}
        />
      </FormField>
      <FormField label="物业费标准（元/m²/月）" hint="精确到分，例如 2.35" error={errors.fee}>
        <Input
          className="xq-form-input"
          name="fee"
          type="digit"
          placeholder="2.35"
          value={f.fee}
          onChange={(fee) => set({ fee })}
          maxLength={10}
        />
      </FormField>

      <View className="xq-service-editor__section">
        <Text>岗位与人员</Text>
      </View>
      <FormField label="岗位 · 人数" hint="空着的行不会保存" error={errors.posts}>
        {f.staffPosts.map((p, i) => (
          <View key={i} className="xq-form-row">
            <Input
              className="xq-form-input xq-form-row__main"
              placeholder="岗位，例如 保洁员"
              value={p.post}
              onChange={(post) => updatePost(i, { post })}
              maxLength={50}
            />
            <Input
              className="xq-form-input xq-form-row__side"
              type="number"
              placeholder="人数"
              value={p.headcount}
              onChange={(headcount) => updatePost(i, { headcount })}
              maxLength={4}
            />
            <Text
              className="xq-form-row__remove"
              onClick={() => set({ staffPosts: f.staffPosts.filter((_, j) => j !== i) })}
            >
              删除
            </Text>
          </View>
        ))}
        <Button size="large" block onClick={() => set({ staffPosts: [...f.staffPosts, { post: '', headcount: '' }] })}>
          添加岗位
        </Button>
      </FormField>

      <View className="xq-service-editor__section">
        <Text>服务项目与频次</Text>
      </View>
      <FormField label="项目 · 频次" hint="例如 公共区域清扫 · 每日 2 次" error={errors.items}>
        {f.items.map((item, i) => (
          <View key={i} className="xq-form-row">
            <Input
              className="xq-form-input xq-form-row__main"
              placeholder="服务项目"
              value={item.name}
              onChange={(name) => updateItem(i, { name })}
              maxLength={100}
            />
            <Input
              className="xq-form-input xq-form-row__side"
              placeholder="频次"
              value={item.frequency}
              onChange={(frequency) => updateItem(i, { frequency })}
              maxLength={50}
            />
            <Text className="xq-form-row__remove" onClick={() => set({ items: f.items.filter((_, j) => j !== i) })}>
              删除
            </Text>
          </View>
        ))}
        <Button size="large" block onClick={() => set({ items: [...f.items, { name: '', frequency: '' }] })}>
          添加服务项目
        </Button>
      </FormField>

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
