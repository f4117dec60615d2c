// Mail about a login rather than an offer: the password-reset link and the invitation to join
// an account. Both links are single use; each mail says until when its link works.
import { formatDate } from '@offerdesk/core';
import { type RenderedMessage, renderMessage } from './compose-message';

export type AccountFacts = { accountId: string; accountName: string };

/** "November 26, 2026 at 14:05 UTC". */
export function instantText(at: Date): string {
  const iso = at.toISOString();
  return `${formatDate(iso.slice(0, 10))} at ${iso.slice(11, 16)} UTC`;
}

export const accountTemplates = {
  passwordReset(
    login: { email: string; account: AccountFacts },
    link: { url: string; expiresAt: Date },
  ): RenderedMessage {
    return renderMessage({
      subject: 'Reset your Offerdesk password',
      intro:
        'Someone asked to reset the password of this Offerdesk login. If it was you, choose a new password with the link below; it works once.',
      facts: [
        ['Login', login.email],
        ['Account', `${login.account.accountName} (${login.account.accountId})`],
        ['Link works until', instantText(link.expiresAt)],
      ],
      link: { label: 'Choose a new password', url: link.url },
      outro:
        'If you did not ask for this, ignore this mail: your password stays as it is. Choosing a new one signs this login out everywhere.',
    });
  },

  invitation(
    invitation: { email: string; invitedBy: string; account: AccountFacts },
    link: { url: string; expiresAt: Date },
  ): RenderedMessage {
    const { account } = invitation;
    return renderMessage({
      subject: `Join ${account.accountName} on Offerdesk`,
      intro: `${invitation.invitedBy} invited you to join the Offerdesk account ${account.accountName}. Open the link below and choose a password to sign in as ${invitation.email}; it works once.`,
      facts: [
        ['Account', account.accountName],
        ['Account ID', account.accountId],
        ['Invited by', invitation.invitedBy],
        ['Link works until', instantText(link.expiresAt)],
      ],
      link: { label: 'Join the account', url: link.url },
      outro: 'If you did not expect this invitation, ignore this mail.',
    });
  },
};
