import { useEffect, useRef, useState } from 'react';
import Taro, { useLoad } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell } from '@nutui/nutui-react-taro';
import { ROSTER_COLUMNS, type CompoundListItem, type MeResponse } from '@xiaoqu/shared';
import { RosterOutcome, type Outcome } from '../../components/RosterOutcome';
import { EmptyState } from '../../../components/EmptyState';
import { PrivacyPopup } from '../../../components/PrivacyPopup';
import { accountApi } from '../../../services/clients/account';
import { placesApi } from '../../../services/clients/places';
import { rosterApi } from '../../../services/clients/roster';
import { toastError, toastSuccess } from '../../../services/feedback';
import { adminGrants } from '../../../services/places';
import { ApiError, errorMessage, type UploadFile } from '../../../services/request';
import { RosterCompoundPicker } from '../../components/RosterCompoundPicker';
import { RosterUnits } from '../../components/RosterUnits';
import { inScope } from '../../lib/scope';
import { canRevealOwner } from '../../lib/roster-owner';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

const IS_H5 = process.env.TARO_ENV === 'h5';

export default function RosterImportPage() {
  const [me, setMe] = useState<MeResponse | null>(null);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<CompoundListItem[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const [compound, setCompound] = useState<CompoundListItem | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  // Bumped after an import: the roster below reloads.
  const [rosterVersion, setRosterVersion] = useState(0);
  const fileInput = useRef<HTMLInputElement | null>(null);

  async function find(q: string, who: MeResponse | null = me) {
    setSearching(true);
    setLoadError(null);
    try {
      const grants = who ? adminGrants(who) : [];
      const found = await placesApi.searchCompounds(q, grants.length === 1 ? grants[0].place.id : undefined);
      setOptions(who ? found.filter((c) => inScope(who, c)) : found);
    } catch (error) {
      setLoadError(errorMessage(error));
    } finally {
      setSearching(false);
    }
  }

  useLoad(() => {
    void (async () => {
      try {
        const who = await accountApi.me();
        setMe(who);
        await find('', who);
      } catch (error) {
        setLoadError(errorMessage(error));
      }
    })();
  });

  useEffect(() => {
    setOutcome({ kind: 'none' });
  }, [compound]);

  async function upload(file: UploadFile) {
    if (!compound) return;
    setOutcome({ kind: 'uploading', name: file.name });
    try {
      const result = await rosterApi.importRoster(compound.id, file);
      setOutcome({ kind: 'imported', name: file.name, result });
      toastSuccess('导入成功');
      setRosterVersion((v) => v + 1);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'ROSTER_INVALID') {
        setOutcome({ kind: 'refused', name: file.name, message: error.message, rows: error.details });
      } else {
        setOutcome({ kind: 'failed', name: file.name, message: errorMessage(error) });
        toastError(error);
      }
    }
  }

  async function chooseFile() {
    if (IS_H5) {
      fileInput.current?.click();
      return;
    }
    try {
      const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] });
      const file = res.tempFiles[0];
      if (file) await upload({ kind: 'path', path: file.path, name: file.name });
    } catch (error) {
      const msg = (error as { errMsg?: string }).errMsg ?? '';
      // Closing the chooser is not an error; a refused privacy agreement is said by the popup's toast.
      if (!msg.includes('cancel') && !msg.includes('privacy')) {
        void Taro.showToast({ title: '没能打开文件，请重试', icon: 'none' });
      }
    }
  }

  if (loadError && !options) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          status="error"
          title="没能加载您管理的小区"
          description={`${loadError}。`}
          actionText="重新加载"
          onAction={() => void find(query.trim())}
        />
      </View>
    );
  }

  return (
    <View className="xq-page xq-roster">
      <CareMeta />
      <PrivacyPopup purpose="从微信聊天中选择花名册文件" />
      {IS_H5 && (
        <input
          ref={fileInput}
          className="xq-roster__file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void upload({ kind: 'blob', blob: file, name: file.name });
          }}
        />
      )}

      {!compound ? (
        <RosterCompoundPicker
          query={query}
          setQuery={setQuery}
          searching={searching}
          loadError={loadError}
          options={options}
          find={find}
          setCompound={setCompound}
        />
      ) : (
        <View>
          <Cell.Group title="1. 小区">
            <Cell
              title={compound.name}
              description={`${compound.streetName} ${compound.communityName}`}
              extra="更换"
              clickable
              onClick={() => setCompound(null)}
            />
          </Cell.Group>

          <View className="xq-roster__section">
            <View className="xq-roster__label">
              <Text>2. 上传花名册</Text>
            </View>
            <View className="xq-roster__hint">
              <Text>
                .xlsx 或 .csv 文件，第一行是表头：{ROSTER_COLUMNS.map((c) => c.header).join('、')}。
                有任何一行不对，整个文件都不会导入；再次导入同一套房屋会更新，不会重复。
              </Text>
            </View>
            <Button
              type="primary"
              size="xlarge"
              block
              loading={outcome.kind === 'uploading'}
              disabled={outcome.kind === 'uploading'}
              onClick={() => void chooseFile()}
            >
              {outcome.kind === 'uploading' ? '正在上传并校验…' : IS_H5 ? '选择文件并导入' : '从微信聊天选择文件并导入'}
            </Button>
            <RosterOutcome outcome={outcome} />
          </View>

          <RosterUnits compoundId={compound.id} version={rosterVersion} canReveal={canRevealOwner(me, compound)} />
        </View>
      )}
    </View>
  );
}
