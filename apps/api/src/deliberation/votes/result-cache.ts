import { Injectable } from '@nestjs/common';
import type { OwnerVoteResultView } from '@xiaoqu/shared';
import { publishedCache } from '../../common/cache/published-cache.js';
import type { TtlCache } from '../../common/cache/ttl-cache.js';
import { AppConfig } from '../../common/config/app-config.js';
import type { Tagged } from '../../common/http/etag.js';
import { VoteCount } from './vote-count.service.js';

/**
 * The entity tag of a vote's official result: the hash of the chain link that made it final — the final link after an
 * objection period, the result link when there was none (an imported official result, a vote without one). That
 * link chains every earlier link of the compound, the preliminary result and each correction included, and once it
 * is there nothing of the result changes any more (objections and corrections need `finalAt` unset). Null while the
 * vote is announced, open, terminated, or its result preliminary: those stay live.
 *
 * Weak (`W/`): the view is the same in meaning for everyone, but its tally carries the time it was computed (`asOf`).
 */
export function officialResultTag(result: OwnerVoteResultView): string | null {
  const { vote } = result;
  if (vote.status !== 'closed' || vote.resultStage !== 'final') return null;
  const link = vote.objectionEndsAt ? result.finalPublication : result.publication;
  return link ? `W/"${link.hash}"` : null;
}

/**
 * Final results as rendered for every member of the compound, kept in the bounded published cache. A result view
 * names nobody and depends on nothing of the caller (VoteCount.result takes no principal), so one rendering serves
 * every reader the route's guard lets through; results not final yet are read live and never kept.
 */
@Injectable()
export class PublishedResults {
  private readonly kept: TtlCache<number, Tagged<OwnerVoteResultView>>;

  constructor(
    private readonly count: VoteCount,
    config: AppConfig,
  ) {
    this.kept = publishedCache(config);
  }

  async tagged(voteId: number): Promise<Tagged<OwnerVoteResultView>> {
    const kept = this.kept.get(voteId);
    if (kept) return kept;
    const view = await this.count.result(voteId);
    const etag = officialResultTag(view);
    if (etag) this.kept.set(voteId, { view, etag });
    return { view, etag };
  }
}
