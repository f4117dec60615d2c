export { hashPassword, verifyPassword } from './auth/passwords';
export { type Clock, fixedClock, offsetClock, systemClock } from './clock';
export { type ApiConfig, defaultApiConfig } from './config';
export { type Api, createApi } from './create-api';
export { AppError, type Issue } from './errors';
export { FAULT_POINTS, type FaultPoint, faultPointMarker } from './jobs/fault-points';
export type { AppRouter, RouterInputs, RouterOutputs } from './root';
