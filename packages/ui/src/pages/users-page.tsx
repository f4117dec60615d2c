// Users of the signed-in account (SPEC §1), in both consoles: who can sign in, invitations
// still open, invite a colleague by email, remove someone (the account keeps at least one).
import './account-pages.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/session';
import { DateText } from '../components/date-text';
import { ConfirmDialog } from '../components/modal-dialog';
import { ErrorState, LoadingState } from '../components/states';
import { errorMessage } from '../errors';
import { type RouterOutputs, useTRPC } from '../trpc';
import { InviteForm } from './invite-form';

type UserList = RouterOutputs['account']['users']['list'];
type User = UserList['users'][number];

export default function UsersPage() {
  const trpc = useTRPC();
  const { account } = useSession();
  const list = useQuery(trpc.account.users.list.queryOptions());
  const [removed, setRemoved] = useState<string | null>(null);
  return (
    <>
      <p>
        Everyone here signs in with their own email and password and acts for{' '}
        <strong>{account.name}</strong> ({account.id}) in both consoles.
      </p>
      <section className="card" aria-labelledby="people-heading">
        <h2 id="people-heading">People with a login</h2>
        <p role="status" className="form-status">
          {removed ? `${removed} was removed.` : ''}
        </p>
        {list.isPending ? (
          <LoadingState label="Loading the users…" />
        ) : list.isError ? (
          <ErrorState
            error={list.error}
            title="The users could not be loaded"
            onRetry={() => void list.refetch()}
          />
        ) : (
          <UserRows users={list.data.users} onRemoved={setRemoved} />
        )}
      </section>
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite a colleague</h2>
        <InviteForm onInvited={() => setRemoved(null)} />
      </section>
      <section className="card" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">Pending invitations</h2>
        {list.isPending ? (
          <LoadingState label="Loading the invitations…" />
        ) : list.isError ? (
          <p className="muted">Shown once the users can be loaded.</p>
        ) : list.data.invitations.length === 0 ? (
          <p className="muted">No invitation is waiting for an answer.</p>
        ) : (
          <ul className="people-list">
            {list.data.invitations.map((invitation) => (
              <li key={invitation.id}>
                <div>
                  <strong className="people-email">{invitation.email}</strong>
                  <span className="people-sub">
                    Invited <DateText value={invitation.createdAt} /> · link valid until{' '}
                    <DateText value={invitation.expiresAt} withTime />
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function UserRows({ users, onRemoved }: { users: User[]; onRemoved: (email: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { account } = useSession();
  const [target, setTarget] = useState<User | null>(null);
  const remove = useMutation(
    trpc.account.users.remove.mutationOptions({
      onSuccess: (_result, variables) => {
        const email = users.find((u) => u.id === variables.userId)?.email ?? 'The user';
        setTarget(null);
        onRemoved(email);
        void queryClient.invalidateQueries({ queryKey: trpc.account.users.list.queryKey() });
      },
    }),
  );
  const close = () => {
    setTarget(null);
    remove.reset();
  };
  return (
    <>
      <ul className="people-list">
        {users.map((user) => (
          <li key={user.id}>
            <div>
              <strong className="people-email">{user.email}</strong>
              {user.isYou ? <span className="people-you"> (you)</span> : null}
              <span className="people-sub">
                Added <DateText value={user.createdAt} />
              </span>
            </div>
            {user.isYou ? null : (
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => setTarget(user)}
              >
                Remove<span className="visually-hidden"> {user.email}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={target !== null}
        title={`Remove ${target?.email ?? 'this user'}?`}
        confirmLabel="Remove user"
        cancelLabel="Keep this user"
        danger
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onConfirm={() => target && remove.mutate({ userId: target.id })}
        onClose={close}
      >
        <p>
          They can no longer sign in to {account.name}, and any session they have open ends now.
          Everything the account did stays as it is. You can invite them again later.
        </p>
      </ConfirmDialog>
    </>
  );
}
