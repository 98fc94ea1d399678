import argon2 from 'argon2';
import { Invalid } from '../../lib/errors.js';

// OWASP: argon2id, m=19 MiB, t=2, p=1 is the minimum; we use m=19 MiB, t=3.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 3, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, OPTIONS);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;
/** Spend the same time as a real check when there is no such user, so timing tells nothing. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('frontline-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

const COMMON = new Set([
  'password',
  'password1',
  'password123',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'iloveyou12',
  'frontline1',
  'letmein123',
  'welcome123',
  'changeme123',
  'administrator',
  'passw0rd12',
  'abcdefghij',
]);

/** ASVS V6.2: at least 10 characters, at most 256, not a common or trivial password. */
export function checkPasswordStrength(password: string, email?: string): void {
  const problems: string[] = [];
  if ([...password].length < 10) problems.push('Use at least 10 characters.');
  if (password.length > 256) problems.push('Use at most 256 characters.');
  if (COMMON.has(password.toLowerCase())) problems.push('This password is too common.');
  if (/^(.)\1*$/.test(password)) problems.push('Do not repeat one character.');
  if (email && password.toLowerCase() === email.toLowerCase()) {
    problems.push('Do not use your e-mail address.');
  }
  if (problems.length > 0) {
    throw Invalid(
      'auth.weak_password',
      problems.join(' '),
      problems.map((message) => ({ path: '/password', message })),
    );
  }
}
