import type { FastifyRequest } from 'fastify';
import { DomainException } from '../errors/domain.exception.js';

export interface UploadedFileData {
  fileName: string;
  buffer: Buffer;
}

/**
 * Reads the one file of a multipart request (field `file`) into memory, within the configured size limit
 * (@fastify/multipart's `limits.fileSize`). Nothing is stored here: the service decides what to keep.
 */
export async function readUploadedFile(request: FastifyRequest): Promise<UploadedFileData> {
  if (!request.isMultipart())
    throw new DomainException('VALIDATION_FAILED', '请以 multipart/form-data 上传文件（字段名 file）');
  const part = await request.file();
  if (!part || part.fieldname !== 'file')
    throw new DomainException('VALIDATION_FAILED', '请上传一个文件（字段名 file）');
  try {
    const buffer = await part.toBuffer();
    return { fileName: part.filename, buffer };
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainException('PAYLOAD_TOO_LARGE');
    throw err;
  }
}
