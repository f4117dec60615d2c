// A new password with its rules stated up front. Length is checked by the browser as the form
// is sent; the common-password check is the server's (its list stays out of the bundle), and
// its message shows here.
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@offerdesk/core';
import type { ComponentProps } from 'react';
import { TextField } from '../components/text-field';

type Props = Omit<ComponentProps<typeof TextField>, 'label'> & { label?: string };

export function PasswordField({ label = 'Password', ...input }: Props) {
  return (
    <TextField
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD_LENGTH}
      maxLength={MAX_PASSWORD_LENGTH}
      hint={`At least ${MIN_PASSWORD_LENGTH} characters. Very common passwords are refused; a few unrelated words make a strong one.`}
      {...input}
    />
  );
}
