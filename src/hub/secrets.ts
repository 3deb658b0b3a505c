/**
 * The class's secrets, from the operating system's random source: a class code students type
 * (8 characters from 31, about 8.5 × 10^11 codes, tried at a few a minute per address at most),
 * a teacher key (128 bits) that is never shown to students, and a student's resume token (128
 * bits). The hub keeps only hashes of the key and tokens, on disk and in memory.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET } from './protocol.ts';

export function newClassCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export const newSecret = (): string => randomBytes(16).toString('hex');

export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Whether a secret matches a kept hash, in constant time. */
export function matches(secret: string, hash: string): boolean {
  const a = Buffer.from(secretHash(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
