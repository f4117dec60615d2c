// The account's seller registration (account.registration.*): one query shared by the
// registration page, Settings and the home page, and the save of one part, which answers with
// the whole registration so every view of it updates at once.
import { type RouterInputs, type RouterOutputs, useServerFeedback, useTRPC } from '@offerdesk/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';

export type Registration = RouterOutputs['account']['registration']['get'];
export type RegistrationUpdate = RouterInputs['account']['registration']['update'];

export function useRegistration() {
  const trpc = useTRPC();
  return useQuery(trpc.account.registration.get.queryOptions());
}

export function useSaveRegistration(onSaved?: (registration: Registration) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.account.registration.update.mutationOptions({
      onSuccess: (registration) => {
        queryClient.setQueryData(trpc.account.registration.get.queryKey(), registration);
        onSaved?.(registration);
      },
    }),
  );
}

type Issue = { path: PropertyKey[]; message: string };
type Schema<T> = {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
};

/** Core's schema checks the part as typed; its messages by field (first per field). */
export function checkPart<T>(
  schema: Schema<T>,
  value: unknown,
): { data: T | null; errors: Record<string, string> } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    errors[key] ??= issue.message;
  }
  return { data: null, errors };
}

/**
 * One part's form: core's check as typed (shown once the person tried to save), the server's
 * messages at the fields, and "Saved" until the next edit.
 */
export function usePartForm<T, F extends string>(options: {
  schema: Schema<T>;
  value: unknown;
  fields: readonly F[];
  toUpdate: (data: T) => RegistrationUpdate;
  onSaved?: (registration: Registration) => void;
}) {
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(false);
  const save = useSaveRegistration((registration) => {
    options.onSaved?.(registration);
    setDone(true);
  });
  const feedback = useServerFeedback(save.error, options.fields, () => setDone(false));
  const checked = checkPart(options.schema, options.value);
  const errors: Record<string, string | undefined> = {
    ...feedback.errors,
    ...(tried ? checked.errors : {}),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setDone(false);
    if (checked.data) save.mutate(options.toUpdate(checked.data));
  };
  return { feedback, errors, submit, done, pending: save.isPending };
}
