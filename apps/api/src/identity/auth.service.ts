import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { LoginResponse } from '@xiaoqu/shared';
import { Person } from './person.entity.js';
import { AccessService } from './access.service.js';
import { WechatClient } from '../wechat/wechat.client.js';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(Person) private readonly people: Repository<Person>,
    private readonly access: AccessService,
    private readonly wechat: WechatClient,
  ) {}

  async wechatLogin(code: string): Promise<LoginResponse> {
    const { openid } = await this.wechat.code2Session(code);
    return this.loginAs(openid);
  }

  /** Demo and tests only: the controller exists only when AUTH_DEV_LOGIN=1. */
  async loginAs(openid: string): Promise<LoginResponse> {
    const person = await this.findOrCreate(openid);
    const { token, expiresAt } = await this.access.issueSession(person.id);
    return { token, expiresAt: expiresAt.toISOString(), personId: person.id };
  }

  private async findOrCreate(openid: string): Promise<Person> {
    const existing = await this.people.findOne({ where: { openid } });
    if (existing) return existing;
    // Two first logins at once: the unique openid lets one insert win; the other reads it.
    await this.people.createQueryBuilder().insert().values({ openid }).orIgnore().updateEntity(false).execute();
    return this.people.findOneOrFail({ where: { openid } });
  }
}
