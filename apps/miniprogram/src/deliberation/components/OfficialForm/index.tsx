import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import {
  formatArea,
  groupThousands,
  ruleOf,
  VOTE_CHANNEL_LABELS,
  type AttachmentView,
  type ImportOfficialResultRequest,
  type MatterNo,
  type ProposalView,
} from '@xiaoqu/shared';
import { DateField, dayText } from '../../../components/DateField';
import { useConfirmedSubmit } from '../../../hooks/useConfirmedSubmit';
import { attachmentLabel } from '../../../services/attachments';
import { deliberationApi } from '../../../services/clients/deliberation';
import { FormError } from '../FormError';
import { MatterChooser } from '../MatterChooser';
import { ScanPicker } from '../ScanPicker';
import {
  latestClosedDay,
  MAX_RESULT_DOCUMENTS,
  OFFICIAL_PART_LABELS,
  OFFICIAL_PARTS,
  officialRequestOf,
  type OfficialPart,
  type PartText,
} from '../../lib/official';
import { MATTER_LABELS, thresholdText } from '../../lib/vote';

const EMPTY_PARTS: Record<OfficialPart, PartText> = {
  total: { area: '', headcount: '' },
  agreed: { area: '', headcount: '' },
  disagreed: { area: '', headcount: '' },
  abstained: { area: '', headcount: '' },
};

const partSummary = (r: ImportOfficialResultRequest) =>
  OFFICIAL_PARTS.map(
    (k) => `${OFFICIAL_PART_LABELS[k]} ${groupThousands(r[k].headcount)} 人、${formatArea(r[k].areaCentiM2)}`,
  ).join('；');

/** The organiser enters the result the provincial e-voting system announced, with its documents. */
export function OfficialForm({ proposal }: { proposal: ProposalView }) {
  const [matter, setMatter] = useState<MatterNo | null>(null);
  const [externalRef, setExternalRef] = useState('');
  const [closedOn, setClosedOn] = useState('');
  const [parts, setParts] = useState(EMPTY_PARTS);
  const [documents, setDocuments] = useState<AttachmentView[]>([]);
  const { saving, error, clearError, edit, submit } = useConfirmedSubmit({
    check: () =>
      officialRequestOf({
        matterNo: matter,
        externalRef,
        closedOn,
        parts,
        attachmentIds: documents.map((d) => d.id),
      }),
    confirm: (request) => ({
      title: '导入官方表决结果？',
      content: `第${request.matterNo}项：${MATTER_LABELS[request.matterNo]}，编号 ${request.externalRef}。${partSummary(request)}。导入后按同样的规则判定并公示，不能修改。`,
      confirmText: '导入公示',
      cancelText: '再核对',
    }),
    send: (request) => deliberationApi.importOfficialResult(proposal.id, request),
    success: '结果已导入并公示',
    onDone: () => Taro.navigateBack(),
  });

  const setPart = (key: OfficialPart, patch: Partial<PartText>) => {
    setParts((prev) => ({ ...prev, [key]: { ...prev[key], ...patch } }));
    clearError();
  };

  return (
    <View className="xq-proposal__card xq-official__form">
      <View className="xq-proposal__card-title">
        <Text>{VOTE_CHANNEL_LABELS.official}</Text>
      </View>
      <View className="xq-proposal__fact">
        <Text>
          表决已在四川省业主电子投票系统上结束的，把官方统计的结果和结果文件录入这里：按同样的规则判定是否通过，并在小区公示。
        </Text>
      </View>
      <MatterChooser value={matter} onChange={setMatter} />
      <View className="xq-proposal__fact-label">
        <Text>官方系统表决编号</Text>
      </View>
      <Input
        className="xq-form-input"
        name="externalRef"
        placeholder="结果文件上的表决编号"
        value={externalRef}
        onChange={edit(setExternalRef)}
        maxLength={100}
      />
      <View className="xq-proposal__fact-label">
        <Text>表决结束日期（最晚 {dayText(latestClosedDay())}）</Text>
      </View>
      <DateField name="closedOn" value={closedOn || null} onChange={edit(setClosedOn)} end={latestClosedDay()} />
      <View className="xq-proposal__fact-label">
        <Text>官方统计（专有面积单位 m²，最多两位小数；人数为业主人数）</Text>
      </View>
      {OFFICIAL_PARTS.map((key) => (
        <View key={key} className={`xq-official__part xq-official__part--${key}`}>
          <Text className="xq-official__part-label">{OFFICIAL_PART_LABELS[key]}</Text>
          <View className="xq-official__pair">
            <Input
              className="xq-form-input"
              name={`${key}Area`}
              type="digit"
              placeholder="面积 m²"
              value={parts[key].area}
              onChange={(area) => setPart(key, { area })}
              maxLength={16}
            />
            <Input
              className="xq-form-input"
              name={`${key}Headcount`}
              type="number"
              placeholder="人数"
              value={parts[key].headcount}
              onChange={(headcount) => setPart(key, { headcount })}
              maxLength={9}
            />
          </View>
        </View>
      ))}
      {matter !== null && (
        <View className="xq-proposal__fact">
          <Text className="xq-proposal__fact-label">通过条件</Text>
          <Text>{thresholdText(ruleOf(matter))}</Text>
        </View>
      )}
      <View className="xq-proposal__fact-label">
        <Text>官方表决结果文件（PDF 或照片，至少 1 个，最多 {MAX_RESULT_DOCUMENTS} 个）</Text>
      </View>
      <View className="xq-scan xq-official__docs">
        {documents.map((d) => (
          <View key={d.id} className="xq-scan__item">
            <Text className="xq-scan__name">✓ {attachmentLabel(d)}</Text>
            <Text className="xq-scan__remove" onClick={() => setDocuments(documents.filter((x) => x.id !== d.id))}>
              移除
            </Text>
          </View>
        ))}
        {documents.length < MAX_RESULT_DOCUMENTS && (
          <ScanPicker
            compoundId={proposal.compoundId}
            label={documents.length === 0 ? '上传结果文件' : '再添加一个文件'}
            name="resultDocument"
            value={null}
            onChange={(added) => {
              if (!added) return;
              setDocuments((prev) => [...prev, added]);
              clearError();
            }}
          />
        )}
      </View>
      <FormError error={error} />
      <Button type="primary" size="xlarge" block loading={saving} disabled={saving} onClick={() => void submit()}>
        导入并公示结果
      </Button>
    </View>
  );
}
