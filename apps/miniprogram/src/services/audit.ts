import {
  auditActionLabel,
  DELETED_PERSON_NAME,
  formatMinuteCn,
  ROLE_LABELS,
  type AuditEntryView,
} from '@xiaoqu/shared';

/** One audit entry as the admin page shows it: who, in which role, did what, where and when. */
export interface AuditLine {
  key: number;
  who: string;
  role: string;
  what: string;
  where: string;
  when: string;
  /** The route and ids, for someone who needs to find the record. */
  detail: string;
}

export function auditLine(entry: AuditEntryView): AuditLine {
  const name = entry.personName ?? `用户${entry.personId}`;
  const ids = Object.entries(entry.recordIds)
    .map(([k, v]) => `${k}=${v}`)
    .join('，');
  return {
    key: entry.id,
    who: entry.personDeleted ? DELETED_PERSON_NAME : name,
    role: ROLE_LABELS[entry.role] ?? entry.role,
    what: auditActionLabel(entry.route),
    where: entry.placeName ?? `地点${entry.placeId}`,
    when: formatMinuteCn(entry.at),
    detail: `${entry.route}${ids ? `（${ids}）` : ''} · 请求编号 ${entry.requestId}`,
  };
}
