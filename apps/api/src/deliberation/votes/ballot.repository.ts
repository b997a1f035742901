import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityTarget } from 'typeorm';
import { Ballot, OwnerVote } from '../deliberation.entities.js';

/** An online ballot to write: the caller's (unit, owner key) links, the choice, and a receipt code per key. */
export interface OnlineCast {
  voteId: number;
  /** Each unit the caller is linked to, with every owner key its link names (merged keys included). */
  links: { unitId: number; ownerKey: string }[];
  choice: Ballot['choice'];
  optionId: string | null;
  enteredBy: number;
  idempotencyKey: string | null;
  requestSha256: string;
  receipts: Map<string, string>;
  at: Date;
}

/** Ballots' SQL: casting online is one statement. */
@Injectable()
export class BallotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A Date as the driver stores the column (SQLite keeps text, MySQL a DATETIME). */
  private stored<T>(entity: EntityTarget<T>, property: string, value: Date): unknown {
    const column = this.dataSource.getMetadata(entity).findColumnWithPropertyName(property);
    if (!column) throw new Error(`no column ${property}`);
    return this.dataSource.driver.preparePersistentValue(value, column);
  }

  /**
   * One ballot per owner key of the frozen roll that the caller's links name, written by one INSERT … SELECT that
   * reads the vote's row: nothing is written unless the vote is open and not past its closing time. On MySQL/MariaDB
   * the statement holds that row shared while it runs (InnoDB locks the rows an INSERT … SELECT reads), so closing
   * — an UPDATE of the row — waits for ballots being written and turns away later ones. Returns how many were written.
   */
  async castOnline(cast: OnlineCast): Promise<number> {
    if (cast.links.length === 0) return 0;
    const keys = [...cast.receipts.keys()];
    const at = this.stored(Ballot, 'castAt', cast.at);
    const sql = `INSERT INTO ballot (voteId, ownerKey, choice, optionId, method, enteredBy, idempotencyKey, requestSha256, receiptCode, madeAt, castAt)
      SELECT DISTINCT r.voteId, r.ownerKey, ?, ?, 'online', ?, ?, ?, CASE r.ownerKey ${keys.map(() => 'WHEN ? THEN ?').join(' ')} END, ?, ?
      FROM vote_roll r JOIN owner_vote v ON v.id = r.voteId
      WHERE r.voteId = ? AND v.status = 'open' AND v.closesAt > ? AND r.developerUnsold = 0
        AND (${cast.links.map(() => '(r.unitId = ? AND r.ownerKey = ?)').join(' OR ')})`;
    const params = [
      cast.choice,
      cast.optionId,
      cast.enteredBy,
      cast.idempotencyKey,
      cast.requestSha256,
      ...keys.flatMap((k) => [k, cast.receipts.get(k)]),
      at,
      at,
      cast.voteId,
      this.stored(OwnerVote, 'closesAt', cast.at),
      ...cast.links.flatMap((l) => [l.unitId, l.ownerKey]),
    ];
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(sql, params, true);
      return result.affected ?? 0;
    } finally {
      await runner.release();
    }
  }
}
