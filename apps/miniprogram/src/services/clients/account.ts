import type { MeResponse, UpdateMeRequest } from '@xiaoqu/shared';
import { client } from '../api';

/** The signed-in person: who I am, my roles and units, and my profile. */
export const accountApi = {
  me: () => client.get<MeResponse>('/api/me'),
  updateMe: (body: UpdateMeRequest) => client.patch<MeResponse>('/api/me', body),
};
