// The product from the outside, for the suites that drive real server processes over HTTP
// (the server's flow test, `pnpm bench`, `pnpm test:reliability`): start and stop server
// processes, make throwaway PostgreSQL databases, and talk to the API as a browser does.
export { CHROMIUM_ARGS, findChromium } from './chromium';
export { freePort } from './free-port';
export { type FreshAnswer, requestOnFreshConnection } from './fresh-connection';
export { type HttpAnswer, HttpSession, TrpcCallError } from './http-session';
export { type PrivatePostgres, startPrivatePostgres } from './private-postgres';
export { type ServerProcess, startServerProcess } from './server-process';
export { type ThrowawayDatabase, throwawayPostgres } from './throwaway-postgres';
