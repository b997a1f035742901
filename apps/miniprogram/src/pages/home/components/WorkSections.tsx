import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import {
  COMPLAINT_CATEGORY_LABELS,
  ROLE_LABELS,
  type AdminHomeSection,
  type CompoundStaffHomeSection,
  type GridWorkerHomeSection,
} from '@xiaoqu/shared';
import { deadlineText, waitedText } from '../home-text';
import { CountCell, go } from './CountCell';

function Head({ place, who }: { place: string; who: string }) {
  return (
    <View className="xq-home__section-head">
      <Text className="xq-home__place">{place}</Text>
      <Text className="xq-home__roles">{who}</Text>
    </View>
  );
}

/** A grid worker's inbox: how many, how many overdue, and the next deadlines; one tap to the inbox. */
export function GridSection({ section }: { section: GridWorkerHomeSection }) {
  const key = `grid_worker:${section.place.id}`;
  const inbox = '/staff/pages/complaints/index';
  return (
    <View className="xq-home__section" data-home-section={key}>
      <Head place={section.place.name} who={`网格员 · ${section.grids.join('、')}`} />
      <Cell.Group title="诉求待办">
        <CountCell countKey={`${key}:inbox`} title="待办诉求" count={section.inbox} url={inbox} />
        <CountCell countKey={`${key}:overdue`} title="其中已超期" count={section.overdue} url={inbox} />
        {section.nextDeadlines.map((d) => (
          <Cell
            key={d.complaintId}
            title={COMPLAINT_CATEGORY_LABELS[d.category]}
            description={deadlineText(d.dueAt, d.dueKind)}
            extra="去处理"
            clickable
            onClick={() => go(`/complaint/pages/detail/index?id=${d.complaintId}`)}
          />
        ))}
      </Cell.Group>
    </View>
  );
}

/** Property staff, committee and supervisor: what each of their roles in the compound owes now. */
export function StaffSection({ section }: { section: CompoundStaffHomeSection }) {
  const key = `compound_staff:${section.place.id}`;
  const { draftsToPublish, questionsWaiting, reviewsToGive, complaintsRouted } = section;
  return (
    <View className="xq-home__section" data-home-section={key}>
      <Head place={section.place.name} who={section.roles.map((r) => ROLE_LABELS[r]).join('、')} />
      <Cell.Group title="待办">
        {draftsToPublish !== null && (
          <CountCell
            countKey={`${key}:drafts`}
            title="待公示的草稿"
            count={draftsToPublish}
            unit="份"
            url="/staff/pages/periods/index"
          />
        )}
        {questionsWaiting !== null && (
          <CountCell
            countKey={`${key}:questions`}
            title="待答复的质询"
            count={questionsWaiting.count}
            unit="条"
            description={
              questionsWaiting.oldestAskedAt ? `最早一条${waitedText(questionsWaiting.oldestAskedAt)}` : undefined
            }
            url="/staff/pages/questions/index"
          />
        )}
        {reviewsToGive !== null && (
          <CountCell
            countKey={`${key}:reviews`}
            title="待审阅的收支草稿"
            count={reviewsToGive}
            unit="份"
            url="/staff/pages/periods/index"
          />
        )}
        {complaintsRouted !== null && (
          <CountCell
            countKey={`${key}:complaints`}
            title="派给物业的诉求"
            count={complaintsRouted.count}
            description={complaintsRouted.overdue > 0 ? `其中 ${complaintsRouted.overdue} 件已超期` : undefined}
            url="/staff/pages/complaints/index"
          />
        )}
      </Cell.Group>
    </View>
  );
}

/** Community, street and district admins: claims to decide, escalated complaints, problem compounds, and where. */
export function AdminSection({ section }: { section: AdminHomeSection }) {
  const key = `admin:${section.place.id}`;
  const trail = [...section.placePath, section.place].map((p) => p.name).join(' · ');
  const { escalatedComplaints: escalated } = section;
  return (
    <View className="xq-home__section" data-home-section={key}>
      <Head place={trail} who={ROLE_LABELS[section.role]} />
      <Cell.Group title="待办">
        {section.pendingClaims !== null && (
          <CountCell
            countKey={`${key}:claims`}
            title="待审核的房屋认证"
            count={section.pendingClaims}
            url="/admin/pages/claims/index"
          />
        )}
        <CountCell
          countKey={`${key}:escalated`}
          title="升级的诉求（未办完）"
          count={escalated.count}
          description={escalated.overdue > 0 ? `其中 ${escalated.overdue} 件已超期` : undefined}
          url="/admin/pages/complaints/index"
        />
        {section.problemCompounds !== null && (
          <CountCell
            countKey={`${key}:problems`}
            title="本月问题小区"
            count={section.problemCompounds}
            unit="个"
            url="/admin/pages/ranking/index"
          />
        )}
      </Cell.Group>
    </View>
  );
}
