import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { WORK_PHONE_PATTERN } from '@xiaoqu/shared';
import { complaintApi } from '../../../services/clients/complaint';
import { toastSuccess } from '../../../services/feedback';
import { ApiError, errorMessage } from '../../../services/request';
import './index.scss';

/** The API's own words for a refused number (its field message when it gives one). */
function refusal(error: unknown): string {
  if (error instanceof ApiError && error.details[0]?.message) return error.details[0].message;
  return errorMessage(error);
}

/** What the handler typed, as the API checks it: spaces (full-width too) left out. */
export function normaliseWorkPhone(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** Why a typed number would be refused (the API's message), or null when it is fine. */
export function workPhoneError(phone: string): string | null {
  if (phone === '') return '请填写工作电话（座机或手机号）';
  return WORK_PHONE_PATTERN.test(phone) ? null : '请填写正确的工作电话（座机或手机号）';
}

/**
 * The handler's work number: what residents see on the complaints this person handles (with a 拨打电话 button), or
 * that none is set. The handler sets, changes or clears it here; their personal phone is never shown.
 */
export function WorkPhoneCard() {
  // undefined: not read yet.
  const [phone, setPhone] = useState<string | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = () => {
    setLoadError(null);
    complaintApi.workPhone().then(
      (answer) => setPhone(answer.workPhone),
      (e: unknown) => setLoadError(errorMessage(e)),
    );
  };
  useEffect(load, []);

  const startEditing = () => {
    setDraft(phone ?? '');
    setError(null);
    setEditing(true);
  };

  async function store(workPhone: string | null) {
    setSaving(true);
    setError(null);
    try {
      const answer = await complaintApi.setWorkPhone({ workPhone });
      setPhone(answer.workPhone);
      setEditing(false);
      toastSuccess(answer.workPhone ? '已保存' : '已清除');
    } catch (e) {
      setError(refusal(e));
    } finally {
      setSaving(false);
    }
  }

  function save() {
    const value = normaliseWorkPhone(draft);
    const problem = workPhoneError(value);
    if (problem) {
      setError(problem);
      return;
    }
    void store(value);
  }

  return (
    <View className="xq-work-phone" data-testid="work-phone">
      <View className="xq-work-phone__head">
        <View className="xq-work-phone__who">
          <Text className="xq-work-phone__label">我的工作电话</Text>
          {phone === undefined ? (
            <Text className="xq-work-phone__value">{loadError ? `没能读取：${loadError}` : '正在读取…'}</Text>
          ) : (
            <Text className={`xq-work-phone__value${phone ? '' : ' xq-work-phone__value--none'}`}>
              {phone ?? '未设置（居民看不到拨打按钮）'}
            </Text>
          )}
        </View>
        {phone === undefined
          ? loadError && (
              <Button className="xq-work-phone__button" onClick={load}>
                重新读取
              </Button>
            )
          : !editing && (
              <Button className="xq-work-phone__button" type="primary" fill="outline" onClick={startEditing}>
                {phone ? '修改' : '设置'}
              </Button>
            )}
      </View>
      <View className="xq-work-phone__note">
        <Text>
          您办理的诉求，提出诉求的居民会在诉求详情里看到这个号码和“拨打电话”按钮。您的个人手机号不会显示给居民。
        </Text>
      </View>

      {editing && (
        <View className="xq-work-phone__edit">
          <View className="xq-work-phone__hint">
            <Text>填办公座机或工作手机，如 028-8765-4321。填写个人手机号，即表示您同意居民拨打它。</Text>
          </View>
          <Input
            className="xq-work-phone__input"
            name="workPhone"
            type="text"
            placeholder="工作电话（座机或手机号）"
            value={draft}
            onChange={(value) => {
              setDraft(value);
              setError(null);
            }}
            maxLength={24}
          />
          {error && (
            <View className="xq-work-phone__error" role="alert">
              <Text>⚠ {error}</Text>
            </View>
          )}
          <View className="xq-work-phone__actions">
            <Button className="xq-work-phone__button" type="primary" loading={saving} disabled={saving} onClick={save}>
              保存
            </Button>
            {phone && (
              <Button className="xq-work-phone__button" disabled={saving} onClick={() => void store(null)}>
                清除号码
              </Button>
            )}
            <Button className="xq-work-phone__button" fill="none" disabled={saving} onClick={() => setEditing(false)}>
              取消
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}
