import type { SignedIn } from '../services/auth.service.ts';
import type { ServiceContext } from '../services/context.ts';
import type { DomainError } from '../domain/errors.ts';

/** What the API's middleware puts on each request's context. */
export type AppEnv = {
  Variables: {
    ctx: ServiceContext;
    requestId: string;
    /** The X-Request-Id a trusted proxy sent, kept beside ours (only with trustProxy). */
    clientRequestId?: string;
    /** Set when the request carries a valid session cookie. */
    signedIn?: SignedIn;
    /** Why a session cookie that was sent is not valid (expired, revoked). */
    sessionProblem?: DomainError;
  };
};

/** Options the API needs from the configuration. */
export type ApiOptions = {
  /** The public origin (https://mentoring.example.org); derived from the request when absent. */
  publicUrl: string | undefined;
  /** Read the client address from X-Forwarded-For (only behind a trusted proxy). */
  trustProxy: boolean;
  /** Where the built web app lives; when missing, only the API is served. */
  webRoot: string | undefined;
  /** Maximum JSON body size in bytes. */
  bodyLimitBytes: number;
};
