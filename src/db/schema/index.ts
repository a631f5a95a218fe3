export * from './organizations.ts';
export * from './people.ts';
export * from './sessions.ts';
export * from './invitations.ts';
export * from './sign-in-attempts.ts';
export * from './programs.ts';
export * from './enrolments.ts';
