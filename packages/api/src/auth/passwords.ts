import { hash, verify } from '@node-rs/argon2';

/** @node-rs/argon2's Algorithm.Argon2id (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2;

import type { ApiConfig } from '../config';

type Cost = ApiConfig['passwordHashing'];

export function hashPassword(password: string, cost: Cost): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, ...cost });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

/** Verified against when the email is unknown, so both answers take as long. */
let decoy: Promise<string> | null = null;
export function decoyHash(cost: Cost): Promise<string> {
  decoy ??= hashPassword('offerdesk-decoy-password', cost);
  return decoy;
}
