import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/access.decorator.js';
import { RateLimit } from '../common/throttle/rate-limit.decorator.js';
import { AuthService } from './auth.service.js';
import { DevLoginDto, LoginResponseDto, WechatLoginDto } from './dto/login.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('wechat-login')
  @HttpCode(200)
  @Public()
  @RateLimit('login')
  wechatLogin(@Body() body: WechatLoginDto): Promise<LoginResponseDto> {
    return this.auth.wechatLogin(body.code);
  }
}

/** Registered only when AUTH_DEV_LOGIN=1 (the demo and tests): without it the route does not exist (404). */
@ApiTags('auth')
@Controller('auth')
export class DevAuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('dev-login')
  @HttpCode(200)
  @Public()
  devLogin(@Body() body: DevLoginDto): Promise<LoginResponseDto> {
    return this.auth.loginAs(body.openid);
  }
}
