export type { Kysely, Transaction } from 'kysely';
export { type CompiledOnce, compiledOnce } from './compiled-once';
export {
  type ConnectOptions,
  connect,
  type DatabaseKind,
  type DbHandle,
  type Listener,
  type ListenHandlers,
} from './connection';
export { DEMO_PASSWORD, DEMO_USERS, type DemoOptions, loadDemoData } from './demo-data';
export { migrateToLatest } from './migrate';
export { PREPARED, preparedText } from './prepared-statements';
export * from './schema';
