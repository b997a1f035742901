import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import { formatFen, FUND_ENTRY_LABELS, type MaintenanceFundView } from '@xiaoqu/shared';
import { attachmentLabel, isImage, openAttachment } from '../../../services/attachments';
import { fundBalance } from '../../lib/fund';
import { publicationLine } from '../../lib/publication';
import './index.scss';

/**
 * The maintenance fund (维修资金) as residents read it: the balance now, derived from the latest statement of the
 * fund centre and the uses after it, then every entry with its documents and, for a use, the owner decision that
 * approved it.
 */
export function FundView({ fund }: { fund: MaintenanceFundView }) {
  const balance = fundBalance(fund);
  return (
    <View className="xq-fund">
      <View className="xq-fund__balance">
        {balance ? (
          <>
            <Text className="xq-fund__label">目前余额</Text>
            <Text className="xq-fund__now">{formatFen(balance.nowFen)}</Text>
            <View className="xq-fund__sum">
              <Text>
                {balance.statementOn} 对账单余额 {formatFen(balance.statementFen)}
              </Text>
              <Text>此后使用 {formatFen(balance.usedSinceFen)}</Text>
              <Text>目前余额 = 对账单余额 − 此后使用</Text>
            </View>
          </>
        ) : (
          <>
            <Text className="xq-fund__label">目前余额</Text>
            <Text className="xq-fund__none">还没有公示维修资金对账单，暂时算不出余额。</Text>
          </>
        )}
      </View>
      <View className="xq-fund__section">
        <Text>对账单与使用记录（{fund.entries.length}）</Text>
      </View>
      {fund.entries.length === 0 && (
        <View className="xq-fund__empty">
          <Text>还没有维修资金记录。</Text>
        </View>
      )}
      {fund.entries.map((entry) => (
        <View key={entry.id} className="xq-fund__entry">
          <View className="xq-fund__entry-head">
            <Tag
              background={entry.kind === 'use' ? '#fff4e5' : '#eef3fb'}
              color={entry.kind === 'use' ? '#7a4100' : '#1d4f91'}
              className="xq-tag"
            >
              {FUND_ENTRY_LABELS[entry.kind]}
            </Tag>
            <Text className="xq-fund__entry-date">{entry.occurredOn}</Text>
          </View>
          <View className="xq-fund__entry-amount">
            <Text>
              {entry.kind === 'use' ? '使用金额 ' : '余额 '}
              {formatFen(entry.amountFen)}
            </Text>
          </View>
          <View className="xq-fund__entry-text">
            <Text>{entry.description}</Text>
          </View>
          {entry.kind === 'use' && (
            <View className="xq-fund__decision">
              <Text>批准依据（业主共同决定）：{entry.decisionRef ?? '未注明'}</Text>
            </View>
          )}
          {entry.attachments.map((a) => (
            <View key={a.id} className="xq-fund__doc">
              <Button size="large" block onClick={() => void openAttachment(a, entry.attachments)}>
                {isImage(a) ? '查看图片' : '打开 PDF'}：{attachmentLabel(a)}
              </Button>
            </View>
          ))}
          {entry.publication && (
            <View className="xq-fund__meta">
              <Text>{publicationLine(entry.publication)} · 发布后不能改动</Text>
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
