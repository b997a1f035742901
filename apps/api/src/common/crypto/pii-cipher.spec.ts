import fc from 'fast-check';
import { loadConfig } from '../config/app-config.js';
import { PiiCipher } from './pii-cipher.js';

const cipher = new PiiCipher(loadConfig({ PII_KEY: Buffer.alloc(32, 3).toString('base64') }));

test('sealing round-trips any text and never shows it', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 60 }), (text) => {
      const sealed = cipher.encrypt(text);
      expect(cipher.decrypt(sealed)).toBe(text);
      expect(sealed.split('.')).toHaveLength(4);
    }),
  );
  expect(cipher.encrypt('13812345678')).not.toContain('5678');
  expect(cipher.encrypt('张三')).not.toBe(cipher.encrypt('张三'));
});

test('a tampered or foreign value is refused, not misread', () => {
  const sealed = cipher.encrypt('李秀英');
  const parts = sealed.split('.');
  parts[3] = Buffer.from('x' + Buffer.from(parts[3], 'base64url').toString('latin1')).toString('base64url');
  expect(() => cipher.decrypt(parts.join('.'))).toThrow();
  const other = new PiiCipher(loadConfig({ PII_KEY: Buffer.alloc(32, 4).toString('base64') }));
  expect(() => other.decrypt(sealed)).toThrow();
});

test('keyed hashes are stable and key-dependent', () => {
  expect(cipher.keyedHash('a', 'b')).toBe(cipher.keyedHash('a', 'b'));
  expect(cipher.keyedHash('a', 'b')).not.toBe(cipher.keyedHash('ab'));
});
