import { RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule } from '../src/common/auth/access.decorator.js';
import { startTestApp, type TestApp } from './test-app.js';

interface RouteInfo {
  route: string;
  rule: AccessRule | undefined;
}

function listRoutes(t: TestApp): RouteInfo[] {
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes: RouteInfo[] = [];
  const controllers = [...t.app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()]);
  for (const wrapper of controllers) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as () => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const prefix = Reflect.getMetadata(PATH_METADATA, metatype) as string;
      routes.push({
        route: `${method} /api/${[prefix, path].filter((p) => p && p !== '/').join('/')}`,
        rule: reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [handler, metatype]),
      });
    }
  }
  return routes;
}

describe('every route declares who may call it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(() => t.close());

  test('no route without an access rule', () => {
    const routes = listRoutes(t);
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => !r.rule).map((r) => r.route)).toEqual([]);
  });

  test('only login, health, open data and what WeChat itself calls (signed) are public', () => {
    const publicRoutes = listRoutes(t)
      .filter((r) => r.rule?.kind === 'public')
      .map((r) => r.route)
      .sort();
    expect(publicRoutes).toEqual([
      'GET /api/complaint-photos/:attachmentId/:signature', // WeChat's media check downloads it; HMAC-signed link
      'GET /api/health',
      'GET /api/open311/v2/requests.json', // open data: visible complaints, no personal data
      'GET /api/open311/v2/requests/:file',
      'GET /api/open311/v2/services.json',
      'GET /api/wechat/events', // WeChat's message push, signed with WECHAT_PUSH_TOKEN
      'POST /api/auth/dev-login',
      'POST /api/auth/wechat-login',
      'POST /api/wechat/events',
    ]);
  });

  test('admin routes name the place they act on, or are scoped by the caller’s grants', () => {
    const scoped = listRoutes(t).filter(
      (r) => r.rule?.kind === 'roles' && /:(compoundId|claimId|gridId)/.test(r.route),
    );
    expect(scoped.length).toBeGreaterThan(5);
    for (const r of scoped)
      expect(r.rule).toMatchObject({ kind: 'roles', place: expect.objectContaining({ param: expect.any(String) }) });
  });
});

describe('dev login', () => {
  test('does not exist unless AUTH_DEV_LOGIN=1', async () => {
    const t = await startTestApp({ seed: false, env: { AUTH_DEV_LOGIN: '0' } });
    try {
      const answer = await t.http('POST', '/api/auth/dev-login', { json: { openid: 'demo-resident' } });
      expect(answer.status).toBe(404);
      expect(listRoutes(t).map((r) => r.route)).not.toContain('POST /api/auth/dev-login');
    } finally {
      await t.close();
    }
  });
});
