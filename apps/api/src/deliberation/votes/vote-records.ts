import { createHash, randomBytes } from 'node:crypto';
import type { TallyPart } from '@xiaoqu/shared';
import type { Ballot, OwnerVote } from '../deliberation.entities.js';

/** The SQL, row shapes and pure helpers every part of the owner vote shares. */

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Receipt codes avoid look-alike characters; 10 of 31 symbols is about 50 bits. */
const RECEIPT_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const receiptCode = () =>
  Array.from(randomBytes(10), (b) => RECEIPT_ALPHABET[b % RECEIPT_ALPHABET.length]).join('');

/**
 * The ballot that counts for the owner of ballot `b` (an SQL subquery): the one the owner made last — online
 * ballots when cast, paper and proxy ballots at the end of the day signed on the form — and on a tie the later
 * entry; a correction stands in its corrected ballot's place in that order. `lastCounted` is the same rule in code.
 */
export const LAST_BALLOT =
  'SELECT l.id FROM ballot l WHERE l.voteId = b.voteId AND l.ownerKey = b.ownerKey ORDER BY COALESCE(l.madeAt, l.castAt) DESC, COALESCE(l.correctsBallotId, l.id) DESC, l.id DESC LIMIT 1';

type BallotOrder = Pick<Ballot, 'id' | 'ownerKey' | 'madeAt' | 'castAt' | 'correctsBallotId'>;

/** Each owner key's counted ballot among `ballots`, by LAST_BALLOT's rule. */
export function lastCounted<B extends BallotOrder>(ballots: B[]): Map<string, B> {
  const rank = (b: B): [number, number, number] => [(b.madeAt ?? b.castAt).getTime(), b.correctsBallotId ?? b.id, b.id];
  const later = (a: B, b: B) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
    return false;
  };
  const last = new Map<string, B>();
  for (const b of ballots) {
    const current = last.get(b.ownerKey);
    if (!current || later(b, current)) last.set(b.ownerKey, b);
  }
  return last;
}

/** What a count adds up: the roll's totals, and per choice (an option's id in a multi-option vote) its part. */
export interface CountedParts {
  total: TallyPart;
  /** `agree`, `disagree`, `abstain`, or `option:<id>`. */
  byChoice: Map<string, TallyPart>;
}

export const choiceKey = (b: { choice: string; optionId: string | null }) =>
  b.choice === 'option' ? `option:${b.optionId}` : b.choice;

/** The parts in the shape a published result has always hashed (agree/disagree votes) or the options' shape. */
export function partsContent(vote: Pick<OwnerVote, 'kind'>, parts: CountedParts, optionIds: string[]) {
  const part = (key: string): TallyPart => parts.byChoice.get(key) ?? { areaCentiM2: 0, headcount: 0 };
  if (vote.kind === 'choice')
    return {
      total: parts.total,
      abstained: part('abstain'),
      options: optionIds.map((optionId) => ({ optionId, chose: part(`option:${optionId}`) })),
    };
  return { total: parts.total, agreed: part('agree'), disagreed: part('disagree'), abstained: part('abstain') };
}

/** A roll entry as a correction records it before and after. */
export interface RollEntry {
  areaCentiM2: number;
  ownerKey: string;
  developerUnsold: boolean;
}

/** A count or sum from SQL: MariaDB answers some as strings, SQLite as numbers. */
export const num = (v: number | string | null | undefined) => Number(v ?? 0);
