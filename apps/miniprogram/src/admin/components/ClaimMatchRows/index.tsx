import { Text, View } from '@tarojs/components';
import { CLAIM_FIELD_MATCH_LABELS, type ClaimFieldMatch, type ClaimMatchView } from '@xiaoqu/shared';

/** The mark before each result: the word carries the meaning, the mark and colour only repeat it. */
const MARK: Record<ClaimFieldMatch, string> = { matched: '✓', mismatched: '✗', not_on_roster: '–', not_given: '–' };

const PHOTO_TEXT: Record<ClaimMatchView['deedPhoto'], string> = {
  attached: '已附照片（点击查看）',
  deleted: '已按规定在审核 30 天后删除',
  none: '未附',
};

function Row({ label, result }: { label: string; result: ClaimFieldMatch }) {
  return (
    <View className={`xq-claim-match__row xq-claim-match__row--${result}`}>
      <Text className="xq-claim-match__label">{label}</Text>
      <Text className="xq-claim-match__value">
        {MARK[result]} {CLAIM_FIELD_MATCH_LABELS[result]}
        {result === 'mismatched' ? '（请核实）' : ''}
      </Text>
    </View>
  );
}

/** The roster match of a claim, one line per field, mismatches said in words. */
export function ClaimMatchRows({
  match,
  pending,
  onOpenPhoto,
}: {
  match: ClaimMatchView;
  /** A pending claim says when it cannot be approved yet, and what to do. */
  pending: boolean;
  onOpenPhoto: (id: number) => void;
}) {
  const mismatches = [match.ownerName, match.phoneLast4, match.deedLast6].filter((m) => m === 'mismatched').length;
  return (
    <View className="xq-claim-match">
      <View className="xq-claim-match__title">
        <Text>与花名册核对{mismatches > 0 ? `：${mismatches} 项不一致` : ''}</Text>
      </View>
      <Row label="业主姓名" result={match.ownerName} />
      <Row label="手机号后 4 位" result={match.phoneLast4} />
      <Row label="产权证号/合同号后 6 位" result={match.deedLast6} />
      <View className={`xq-claim-match__row xq-claim-match__row--photo-${match.deedPhoto}`}>
        <Text className="xq-claim-match__label">产权证照片</Text>
        {match.deedPhotoId ? (
          <Text
            className="xq-claim-match__value xq-claim-match__link"
            onClick={() => onOpenPhoto(match.deedPhotoId as number)}
          >
            {PHOTO_TEXT.attached}
          </Text>
        ) : (
          <Text className="xq-claim-match__value">{PHOTO_TEXT[match.deedPhoto]}</Text>
        )}
      </View>
      {pending && !match.approvable && (
        <View className="xq-claim-match__warning" role="alert">
          <Text>
            ⚠ 还不能通过：产权证号后 6 位未核对一致，也没有产权证照片。可请申请人到社区出示产权证，拍照后再通过。
          </Text>
        </View>
      )}
    </View>
  );
}
