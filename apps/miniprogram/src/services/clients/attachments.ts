import type { AttachmentView } from '@xiaoqu/shared';
import { client } from '../api';
import type { UploadFile } from '../request';

/** Files: one stored before the record that names it, and the bytes of one read back. */
export const attachmentsApi = {
  /** A temporary path (weapp) or object URL (h5) of an attachment's bytes. */
  attachmentFile: (id: number) => client.download(`/api/attachments/${id}`),
  /** A photo or document stored first, then named by id in a fund entry, audit report or work record. */
  uploadAttachment: (compoundId: number, file: UploadFile) =>
    client.upload<AttachmentView>(`/api/compounds/${compoundId}/attachments`, 'file', file),
};
