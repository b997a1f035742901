import { maskPersonalData, type ComplaintDetailView, type ComplaintView } from '@xiaoqu/shared';
import type { PersonContact } from '../identity/person-directory.service.js';
import type { ComplaintRelation } from './complaint-access.js';

/** The filer and the staff who handle a complaint read it as written; anyone else reads it masked. */
export const readsInFull = (relation: ComplaintRelation): boolean => relation.filer || relation.handler;

/** The names to mask in a complaint: its filer's, as the person directory knows them. */
export const filerNames = (contact: PersonContact | undefined): string[] => (contact?.name ? [contact.name] : []);

/** A complaint as someone other than its filer and handlers sees it: every free text masked. */
export function maskedForOthers<T extends ComplaintView | ComplaintDetailView>(view: T, names: string[]): T {
  const masked = {
    ...view,
    text: maskPersonalData(view.text, names),
    placeText: maskPersonalData(view.placeText, names),
    ratingComment: maskPersonalData(view.ratingComment, names),
  };
  if (!('events' in view)) return masked;
  return { ...masked, events: view.events.map((e) => ({ ...e, note: maskPersonalData(e.note, names) })) };
}
