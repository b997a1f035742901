import type { AttachmentView } from '@xiaoqu/shared';
import {
  clearDraft,
  draftProblem,
  emptyDraft,
  loadDraft,
  saveDraft,
  type ComplaintDraft,
  type DraftStorage,
} from './complaint-draft';

function memory(): DraftStorage & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    get: (k) => (map.has(k) ? map.get(k) : ''),
    set: (k, v) => void map.set(k, JSON.parse(JSON.stringify(v))),
    remove: (k) => void map.delete(k),
  };
}

const photo: AttachmentView = { id: 7, fileName: 'a.jpg', mime: 'image/jpeg', sizeBytes: 1000, sha256: 'x' };
const draft: ComplaintDraft = {
  compoundId: 1,
  category: 'noise',
  text: '楼上每天夜里装修',
  buildingId: 3,
  placeText: '3栋2单元',
  visible: true,
  callBack: true,
  photos: [photo],
};

describe('complaint draft', () => {
  it('survives leaving the page: what is saved comes back', () => {
    const s = memory();
    saveDraft(draft, s);
    expect(loadDraft(1, s)).toEqual(draft);
  });

  it('is empty and private by default', () => {
    expect(loadDraft(1, memory())).toEqual(emptyDraft(1));
    expect(emptyDraft(1).visible).toBe(false);
  });

  it('is not carried to another compound', () => {
    const s = memory();
    saveDraft(draft, s);
    expect(loadDraft(2, s)).toEqual(emptyDraft(2));
  });

  it('is cleared after filing, and an empty form stores nothing', () => {
    const s = memory();
    saveDraft(draft, s);
    clearDraft(s);
    expect(s.map.size).toBe(0);
    saveDraft(emptyDraft(1), s);
    expect(s.map.size).toBe(0);
  });

  it('drops fields written in another shape instead of trusting them', () => {
    const s = memory();
    s.set('xiaoqu.complaintDraft', {
      compoundId: 1,
      category: 'weather',
      text: 42,
      buildingId: '3',
      visible: 'yes',
      photos: [photo, { id: 'x' }, ...Array.from({ length: 12 }, (_, i) => ({ ...photo, id: 100 + i }))],
    });
    const d = loadDraft(1, s);
    expect(d.category).toBeNull();
    expect(d.text).toBe('');
    expect(d.buildingId).toBeNull();
    expect(d.visible).toBe(false);
    expect(d.photos).toHaveLength(9);
    expect(d.photos[0]).toEqual(photo);
  });

  it('says what is missing before filing', () => {
    expect(draftProblem({ ...draft, category: null })).toBe('请选择诉求类别');
    expect(draftProblem({ ...draft, text: ' 吵 ' })).toBe('请用至少 5 个字说明情况');
    expect(draftProblem({ ...draft, text: '很'.repeat(1001) })).toBe('说明最多 1000 字');
    expect(draftProblem(draft)).toBeNull();
  });
});
