import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import type { DevLoginRequest, LoginResponse, WechatLoginRequest } from '@xiaoqu/shared';

export class WechatLoginDto implements WechatLoginRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 128)
  code: string;
}

export class DevLoginDto implements DevLoginRequest {
  @ApiProperty()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'openid must be 1-64 letters, digits, _ or -' })
  openid: string;
}

export class LoginResponseDto implements LoginResponse {
  token: string;
  expiresAt: string;
  personId: number;
}
