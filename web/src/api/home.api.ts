import { HomeSchema, type Home } from '../../../shared/schemas/index.ts';
import { requestJson } from './client.ts';

export const homeQueryKey = ['home'] as const;

export function fetchHome(): Promise<Home> {
  return requestJson('/home', HomeSchema);
}
