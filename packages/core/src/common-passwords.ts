// The common-password check behind passwordSchema: a password on the list is one of the first
// that anyone guessing would try, whatever its length. Compared lower-cased, so "Password123"
// counts as "password123".

import { COMMON_PASSWORDS_TEXT } from './common-passwords-data';

let commonPasswords: Set<string> | null = null;

export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(COMMON_PASSWORDS_TEXT.split(/\s+/).filter(Boolean));
  return commonPasswords.has(password.toLowerCase());
}
