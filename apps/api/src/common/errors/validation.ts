import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ErrorDetail } from '@xiaoqu/shared';
import { DomainException } from './domain.exception.js';

function flatten(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** The global pipe: unknown fields refused, types transformed, every problem listed in `details`. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new DomainException('VALIDATION_FAILED', undefined, flatten(errors)),
  });
}
