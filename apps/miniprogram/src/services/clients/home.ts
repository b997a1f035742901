import type {
  HomeResponse,
  MarkNotificationsReadRequest,
  MarkNotificationsReadResponse,
  NotificationView,
  Page,
} from '@xiaoqu/shared';
import { client } from '../api';

/** 首页 by role with the tab badge counts, and the message centre (消息). */
export const homeApi = {
  home: () => client.get<HomeResponse>('/api/me/home'),
  notifications: (cursor?: string | null) =>
    client.get<Page<NotificationView>>(`/api/me/notifications${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`),
  markRead: (body: MarkNotificationsReadRequest) =>
    client.post<MarkNotificationsReadResponse>('/api/me/notifications/read', body),
};
