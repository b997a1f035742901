import { chinaDay, parseDay } from '@xiaoqu/shared';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A calendar day written `YYYY-MM-DD` that exists (no 2026-02-30, no 9999-99-99): the one rule for every day field
 * of a request. `notAfterToday` also refuses a day after today in China (what has been done or paid has happened).
 */
export function IsDay(options: { notAfterToday?: boolean } = {}, validationOptions?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isDay',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          parseDay(value) === value &&
          (!options.notAfterToday || value <= chinaDay(Date.now())),
        defaultMessage: (args) =>
          typeof args?.value === 'string' && parseDay(args.value) === args.value
            ? `${args.property} 不能晚于今天`
            : `${args?.property} 应为真实存在的日期，写成 YYYY-MM-DD`,
      },
    },
    validationOptions,
  );
}
