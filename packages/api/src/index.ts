export { hashPassword, verifyPassword } from './auth/passwords';
export { type Clock, fixedClock, systemClock } from './clock';
export { type ApiConfig, defaultApiConfig } from './config';
export { type Api, createApi } from './create-api';
export { AppError, type Issue } from './errors';
export type { AppRouter, RouterInputs, RouterOutputs } from './root';
