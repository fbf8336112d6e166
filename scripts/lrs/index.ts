/** The local LRS and cmi5 launcher (LMS side; never imported by src/). */
export { createLrs, type CreateLrsOptions } from './create-lrs';
export { lrsFetch } from './fetch-adapter';
export { lrsRouteHandler } from './http-adapter';
export type {
  Actor,
  Launch,
  LaunchMode,
  LaunchOptions,
  Lrs,
  LrsRequest,
  LrsResponse,
  MoveOn,
  Statement,
  Violation,
} from './types';
