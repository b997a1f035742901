import fc from 'fast-check';
import { IDEMPOTENCY_KEY_ALPHABET, IDEMPOTENCY_KEY_LENGTH, isIdempotencyKey } from './idempotency.js';

describe('isIdempotencyKey', () => {
  test.each([
    ['k-m3x9q2-AbCdEfGh12345678', true],
    ['abcdefgh', true],
    ['a_b-c_d-', true],
    ['x'.repeat(64), true],
    ['abcdefg', false],
    ['x'.repeat(65), false],
    ['', false],
    ['abc defgh', false],
    ['abcdefgh\n', false],
    ['键键键键键键键键', false],
    ['abcd/efgh', false],
  ])('%j → %s', (value, ok) => expect(isIdempotencyKey(value)).toBe(ok));

  it('accepts every string of the alphabet within the length bounds', () => {
    const { min, max } = IDEMPOTENCY_KEY_LENGTH;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...IDEMPOTENCY_KEY_ALPHABET), { minLength: min, maxLength: max }), (chars) =>
        isIdempotencyKey(chars.join('')),
      ),
    );
  });

  it('refuses a key with any character outside the alphabet', () => {
    const outside = fc
      .integer({ min: 0, max: 0xffff })
      .map((code) => String.fromCharCode(code))
      .filter((c) => !IDEMPOTENCY_KEY_ALPHABET.includes(c));
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 30 }), outside, fc.nat(), (base, bad, at) => {
        const key = `abcdefgh${base}`.replace(/[^A-Za-z0-9_-]/g, 'x');
        const i = at % key.length;
        return !isIdempotencyKey(key.slice(0, i) + bad + key.slice(i));
      }),
    );
  });
});
