import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from './common/config/app-config.js';
import { createValidationPipe } from './common/errors/validation.js';
import { AppModule } from './app.module.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the whole API as it runs in production; tests use the same function. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    // Keep a caller's x-request-id when it is sane, else make one; the raw request carries it for pino-http.
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      (req as IncomingMessage & { id?: string }).id = id;
      return id;
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  await app.register(multipart, { limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 10 } });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('xiaoqu 小区共治 API').setVersion('0.1.0').addBearerAuth().build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (config.H5_DIR) {
    await app.register(fastifyStatic, {
      root: resolve(config.H5_DIR),
      prefix: '/',
      // Files are looked up per request (not listed once at start-up), so a rebuilt h5 is served without a restart.
      wildcard: true,
      index: ['index.html'],
    });
  }
  return app;
}
