export * from './authorization-factory';
export * from './factories';
export { openEmptyDatabase, useTestDatabase } from './test-database';
