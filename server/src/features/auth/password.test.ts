import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors.js';
import { checkPasswordStrength, hashPassword, verifyPassword } from './password.js';

/** The messages of the weak-password error, or [] when the password is accepted. */
function problems(password: string, email?: string): string[] {
  try {
    checkPasswordStrength(password, email);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    expect(e.code).toBe('auth.weak_password');
    expect(e.status).toBe(400);
    expect(e.issues?.every((i) => i.path === '/password')).toBe(true);
    expect(e.message).toBe(e.issues?.map((i) => i.message).join(' '));
    return e.issues?.map((i) => i.message) ?? [];
  }
}

describe('checkPasswordStrength', () => {
  it('accepts a passphrase of 10 characters or more', () => {
    expect(problems('correct-horse-battery')).toEqual([]);
    expect(problems('abcdefghik')).toEqual([]);
    expect(problems('x'.repeat(9) + 'y')).toEqual([]);
  });

  it('refuses fewer than 10 characters, counting characters rather than UTF-16 units', () => {
    expect(problems('abcdefghi')).toEqual(['Use at least 10 characters.']);
    expect(problems('')).toEqual(['Use at least 10 characters.']);
    // 10 Chinese characters are 10 characters
    expect(problems('我的密碼很長很長的啊')).toEqual([]);
    // 5 emoji are 10 UTF-16 units but only 5 characters
    expect(problems('🐱🐶🐭🐹🐰')).toEqual(['Use at least 10 characters.']);
  });

  it('refuses more than 256 characters', () => {
    const p = 'ab'.repeat(128);
    expect(problems(p)).toEqual([]);
    expect(problems(`${p}c`)).toEqual(['Use at most 256 characters.']);
  });

  it('refuses common passwords whatever their case', () => {
    expect(problems('Password123')).toEqual(['This password is too common.']);
    expect(problems('QWERTYUIOP')).toEqual(['This password is too common.']);
    expect(problems('Administrator')).toEqual(['This password is too common.']);
  });

  it('refuses one character repeated', () => {
    expect(problems('aaaaaaaaaaaa')).toEqual(['Do not repeat one character.']);
    expect(problems('aaaaaaaaaaab')).toEqual([]);
  });

  it('refuses the e-mail address, whatever its case', () => {
    expect(problems('Kay.Chan@Example.com', 'kay.chan@example.com')).toEqual([
      'Do not use your e-mail address.',
    ]);
    expect(problems('kay.chan@example.com.hk', 'kay.chan@example.com')).toEqual([]);
    expect(problems('kay.chan@example.com')).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(problems('aaaa')).toEqual(['Use at least 10 characters.', 'Do not repeat one character.']);
    expect(problems('password1', 'password1')).toEqual([
      'Use at least 10 characters.',
      'This password is too common.',
      'Do not use your e-mail address.',
    ]);
  });
});

describe('hashPassword / verifyPassword', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('correct-horse-battery');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain('correct-horse-battery');
    expect(await verifyPassword(hash, 'correct-horse-battery')).toBe(true);
    expect(await verifyPassword(hash, 'correct-horse-batterY')).toBe(false);
    expect(await verifyPassword('not a hash', 'correct-horse-battery')).toBe(false);
    expect(await hashPassword('correct-horse-battery')).not.toBe(hash); // salted
  });
});
