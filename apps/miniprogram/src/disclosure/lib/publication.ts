import { formatDateCn, type PublicationView } from '@xiaoqu/shared';

/** `2026年11月5日公示 · 第 12 号公示`: when, and its place in the compound's record of publications. */
export function publicationLine(publication: Pick<PublicationView, 'publishedAt' | 'seq'>): string {
  return `${formatDateCn(publication.publishedAt)}公示 · 第 ${publication.seq} 号公示`;
}

/**
 * The start of a publication's check code in groups of four (`a648 01c3 9f2e`), as the printed notice shows the
 * whole code: a person compares the paper on the notice board with the phone.
 */
export function checkCodeStart(hash: string, length = 12): string {
  return hash.slice(0, length).replace(/(.{4})(?=.)/g, '$1 ');
}
