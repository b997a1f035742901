import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { ROLE_LABELS, formatDateCn, type HomeNotice, type ResidentHomeSection } from '@xiaoqu/shared';
import { complaintStage } from '../home-text';
import { Countdown } from './Countdown';
import { go } from './CountCell';

const NOTICE_TAGS: Record<HomeNotice['kind'], string> = {
  disclosure: '公开',
  proposal: '议题',
  vote_announced: '表决公告',
  vote_open: '表决中',
  vote_result: '结果',
};

function NoticeCell({ notice }: { notice: HomeNotice }) {
  return (
    <Cell
      title={
        <View className="xq-home__notice">
          <Tag background="#eef3fb" color="#1d4f91" className="xq-tag">
            {NOTICE_TAGS[notice.kind]}
          </Tag>
          <Text className="xq-home__notice-title">{notice.title}</Text>
        </View>
      }
      description={
        notice.countdownTo ? (
          <Countdown to={notice.countdownTo} prefix={notice.kind === 'vote_announced' ? '开始表决' : '截止'} />
        ) : (
          formatDateCn(notice.at)
        )
      }
      clickable
      onClick={() => go(`/${notice.page}`)}
    />
  );
}

/** A resident's or owner's compound: votes I have not cast first, then my open complaints, then the news. */
export function ResidentSection({ section }: { section: ResidentHomeSection }) {
  const key = `resident:${section.place.id}`;
  const owner = section.roles.includes('owner');
  return (
    <View className="xq-home__section" data-home-section={key}>
      <View className="xq-home__section-head">
        <Text className="xq-home__place">{section.place.name}</Text>
        <Text className="xq-home__roles">{section.roles.map((r) => ROLE_LABELS[r]).join('、')}</Text>
      </View>
      {owner && (
        <Cell.Group
          title={
            <Text>
              未投票的表决 <Text data-home-count={`${key}:unvoted`}>{section.unvotedVotes.length}</Text> 项
            </Text>
          }
        >
          {section.unvotedVotes.length === 0 ? (
            <Cell title="没有待您投票的表决" description="表决开始后，这里会提醒您投票。" />
          ) : (
            section.unvotedVotes.map((v) => (
              <Cell
                key={v.voteId}
                title={v.title}
                description={<Countdown to={v.closesAt} prefix="截止" />}
                extra="去投票"
                clickable
                onClick={() => go(`/deliberation/pages/proposal/index?id=${v.proposalId}`)}
              />
            ))
          )}
        </Cell.Group>
      )}
      <Cell.Group
        title={
          <Text>
            我的诉求（未办完）<Text data-home-count={`${key}:complaints`}>{section.openComplaints.length}</Text> 件
          </Text>
        }
      >
        {section.openComplaints.length === 0 ? (
          <Cell
            title="没有未办完的诉求"
            description="小区里有问题？在「诉求」里提出。"
            clickable
            onClick={() => go('/pages/complaint/index', true)}
          />
        ) : (
          section.openComplaints.map((c) => (
            <Cell
              key={c.id}
              title={complaintStage(c)}
              description={`提出于 ${formatDateCn(c.createdAt)}`}
              extra="查看"
              clickable
              onClick={() => go(`/complaint/pages/detail/index?id=${c.id}`)}
            />
          ))
        )}
      </Cell.Group>
      <Cell.Group title="小区动态">
        {section.notices.length === 0 ? (
          <Cell title="近 30 天没有新的公开或议事" description="物业公示收支、发起议题或表决时，这里会告诉您。" />
        ) : (
          section.notices.map((n) => <NoticeCell key={`${n.kind}-${n.page}-${n.at}`} notice={n} />)
        )}
      </Cell.Group>
    </View>
  );
}
