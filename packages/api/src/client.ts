// Types only, for the SPAs: importing this never bundles server code.
export type { AppRouter, RouterInputs, RouterOutputs } from './root';
