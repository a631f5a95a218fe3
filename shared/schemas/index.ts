export * from './common.ts';
export * from './people.ts';
export * from './auth.ts';
export * from './invitations.ts';
export * from './programs.ts';
export * from './enrolments.ts';
export * from './home.ts';
