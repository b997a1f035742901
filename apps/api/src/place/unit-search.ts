/** At most this many words of a unit search are used; the rest are ignored. */
const MAX_TERMS = 4;
const MAX_TERM_LENGTH = 20;

/**
 * The words of a unit search (`3栋 502`, `3栋502`, `５０２`): split at spaces and after a building word
 * (栋 / 幢 / 号楼 / 座) that runs into a room number, full-width digits and letters made half-width, and the
 * characters a SQL `LIKE` reads as wildcards removed. Each word must start the unit's building name or its room.
 * The roster (admins) and the unit lists (paper-ballot entry) search alike.
 */
export function unitSearchTerms(q: string | undefined | null): string[] {
  if (!q) return [];
  const text = q
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(栋|幢|号楼|座)(?=[0-9A-Za-z])/g, '$1 ')
    .replace(/[%_\\]/g, '');
  return text
    .split(/[\s\u3000,，、]+/)
    .map((t) => t.slice(0, MAX_TERM_LENGTH))
    .filter((t) => t.length > 0)
    .slice(0, MAX_TERMS);
}
