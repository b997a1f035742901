/**
 * `POST /api/compounds/:compoundId/owner-merges`: the owners of two units of the roster are one person. The first
 * unit's owner key survives; every unit of the second unit's key takes it, so the person counts once in every vote
 * opened afterwards (votes already open keep the roll they froze).
 */
export interface CreateOwnerMergeRequest {
  /** Two units of the compound: `[surviving, absorbed]`. */
  unitIds: number[];
  /** Why the two are one person (e.g. 同一身份证，登记了两个手机号). */
  reason: string;
}

/** One recorded merge of owner keys, for the roll's audit. Owners' names are not shown. */
export interface OwnerMergeView {
  id: number;
  /** The absorbed key: no unit carries it any more, and a roster re-import maps it to `intoKey`. */
  fromKey: string;
  /** The surviving key (after later merges, the key it finally became). */
  intoKey: string;
  /** The units the merge named, as building and room: the absorbed owner's, then the surviving owner's. */
  namedUnits: { from: string; into: string };
  /** Every unit that carries `intoKey` now, as building and room: one headcount. */
  units: string[];
  reason: string;
  /** The admin who merged, or who imported the roster that keyed the owner by ID number; null for the demo seed. */
  mergedBy: { personId: number; name: string | null } | null;
  mergedAt: string;
}
