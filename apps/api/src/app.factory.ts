import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from './common/config/app-config.js';
import { serveH5 } from './common/http/h5-static.js';
import { createValidationPipe } from './common/errors/validation.js';
import { clientErrorHandler, frameworkErrors, shapeFastifyAnswers } from './common/errors/fastify-errors.js';
import { AppModule } from './app.module.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

const sha256Source = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** CSP hashes of the inline scripts of the h5 build's index.html (Taro's root font-size script). */
function inlineScriptHashes(h5Dir: string | undefined): string[] {
  if (!h5Dir) return [];
  let html: string;
  try {
    html = readFileSync(join(resolve(h5Dir), 'index.html'), 'utf8');
  } catch {
    return [];
  }
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => sha256Source(code));
}

/** Builds the whole API as it runs in production; tests use the same function. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    trustProxy: config.TRUST_PROXY ?? false,
    // Keep a caller's x-request-id when it is sane, else make one; the raw request carries it for pino-http.
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      (req as IncomingMessage & { id?: string }).id = id;
      return id;
    },
    // Fastify's own answers (a URL it cannot route, bytes that are not HTTP, shutting down) in our error shape.
    frameworkErrors,
    clientErrorHandler,
    return503OnClosing: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  shapeFastifyAnswers(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // Taro's h5 tab bar links are `href="javascript:;"` (a no-op): allowed by exactly that hash, nothing else.
        scriptSrc: ["'self'", "'unsafe-hashes'", sha256Source('javascript:;'), ...inlineScriptHashes(config.H5_DIR)],
        // Taro's components and NutUI add <style> elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    hsts: { maxAge: 365 * 24 * 3600, includeSubDomains: true },
  });
  // What answers a signed-in person is theirs: no shared or browser cache keeps it unless a route says otherwise.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (request, reply, payload, done) => {
      if (request.headers.authorization && !reply.hasHeader('cache-control'))
        void reply.header('cache-control', 'no-store');
      done(null, payload);
    });
  await app.register(multipart, { limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 10 } });

  if (config.API_DOCS ?? config.NODE_ENV !== 'production') {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle('xiaoqu 小区共治 API').setVersion('0.1.0').addBearerAuth().build(),
    );
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  }

  if (config.H5_DIR) await serveH5(app, config.H5_DIR);
  return app;
}
