import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { createQueryClient } from '../query-client';
import { RouterProvider } from '../router';
import { createTrpcClient, TRPCProvider } from '../trpc';

/** Query cache, tRPC client and router for one SPA mounted at `base` (e.g. "/seller/"). */
export function AppProviders({ base, children }: { base: string; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() => createTrpcClient());
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RouterProvider base={base}>{children}</RouterProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
