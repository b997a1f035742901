import Taro from '@tarojs/taro';
import {
  COMPLAINT_CATEGORIES,
  MAX_COMPLAINT_PHOTOS,
  type AttachmentView,
  type ComplaintCategory,
} from '@xiaoqu/shared';

/** What a resident has written of a complaint so far; the photos are already uploaded (by id). */
export interface ComplaintDraft {
  compoundId: number;
  category: ComplaintCategory | null;
  text: string;
  buildingId: number | null;
  placeText: string;
  visible: boolean;
  /** The handler may call back on the account's phone. */
  callBack: boolean;
  photos: AttachmentView[];
}

export const emptyDraft = (compoundId: number): ComplaintDraft => ({
  compoundId,
  category: null,
  text: '',
  buildingId: null,
  placeText: '',
  visible: false,
  callBack: false,
  photos: [],
});

export const isEmptyDraft = (d: ComplaintDraft) =>
  d.category === null &&
  d.text.trim() === '' &&
  d.buildingId === null &&
  d.placeText.trim() === '' &&
  d.photos.length === 0;

/** Where drafts are kept: Taro storage in the app, a map in tests. */
export interface DraftStorage {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}

export const taroDraftStorage: DraftStorage = {
  get: (key) => {
    try {
      return Taro.getStorageSync(key) as unknown;
    } catch {
      return null;
    }
  },
  set: (key, value) => {
    try {
      Taro.setStorageSync(key, value);
    } catch {
      // A full storage loses the draft, not the form on screen.
    }
  },
  remove: (key) => {
    try {
      Taro.removeStorageSync(key);
    } catch {
      // nothing to remove
    }
  },
};

const KEY = 'xiaoqu.complaintDraft';

function isAttachment(v: unknown): v is AttachmentView {
  const a = v as Partial<AttachmentView> | null;
  return !!a && Number.isInteger(a.id) && typeof a.fileName === 'string' && typeof a.mime === 'string';
}

/**
 * The draft kept for `compoundId`, or an empty one. A draft of another compound (the resident moved) or one that
 * an older version wrote in another shape is dropped field by field rather than trusted.
 */
export function loadDraft(compoundId: number, storage: DraftStorage = taroDraftStorage): ComplaintDraft {
  const raw = storage.get(KEY) as Partial<Record<keyof ComplaintDraft, unknown>> | null | '';
  const empty = emptyDraft(compoundId);
  if (!raw || typeof raw !== 'object' || raw.compoundId !== compoundId) return empty;
  return {
    compoundId,
    category: (COMPLAINT_CATEGORIES as readonly unknown[]).includes(raw.category)
      ? (raw.category as ComplaintCategory)
      : null,
    text: typeof raw.text === 'string' ? raw.text : '',
    buildingId: Number.isInteger(raw.buildingId) ? (raw.buildingId as number) : null,
    placeText: typeof raw.placeText === 'string' ? raw.placeText : '',
    visible: raw.visible === true,
    callBack: raw.callBack === true,
    photos: Array.isArray(raw.photos) ? raw.photos.filter(isAttachment).slice(0, MAX_COMPLAINT_PHOTOS) : [],
  };
}

export function saveDraft(draft: ComplaintDraft, storage: DraftStorage = taroDraftStorage): void {
  if (isEmptyDraft(draft)) storage.remove(KEY);
  else storage.set(KEY, draft);
}

export function clearDraft(storage: DraftStorage = taroDraftStorage): void {
  storage.remove(KEY);
}

/** What is missing before the draft can be filed, in words; null when it can go. */
export function draftProblem(d: ComplaintDraft): string | null {
  if (!d.category) return '请选择诉求类别';
  const length = d.text.trim().length;
  if (length < 5) return '请用至少 5 个字说明情况';
  if (length > 1000) return '说明最多 1000 字';
  if (d.placeText.length > 100) return '具体位置最多 100 字';
  return null;
}
