import type { Page } from 'playwright-core';

/** As the signed-in coordinator, pairs the two demo people by hand in Emerging Leaders 2027. */
export async function pairByHand(page: Page, mentorEmail: string, menteeEmail: string): Promise<string> {
  return page.evaluate(
    async ({ mentorEmail, menteeEmail }) => {
      const json = async <T>(path: string, init?: RequestInit): Promise<T> => {
        const response = await fetch(`/api/v1${path}`, { headers: { 'content-type': 'application/json' }, ...init });
        if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
        return (await response.json()) as T;
      };
      const { items: programs } = await json<{ items: Array<{ id: string; name: string }> }>('/programs?limit=500');
      const program = programs.find((p) => p.name === 'Emerging Leaders 2027');
      if (!program) throw new Error('no demo program');
      const { items: enrolments } = await json<{ items: Array<{ personId: string; person: { email: string } }> }>(
        `/programs/${program.id}/enrolments?limit=500`,
      );
      const idOf = (email: string) => enrolments.find((e) => e.person.email === email)?.personId;
      const { relationshipId } = await json<{ relationshipId: string }>(`/programs/${program.id}/relationships`, {
        method: 'POST',
        body: JSON.stringify({ mentorId: idOf(mentorEmail), menteeId: idOf(menteeEmail) }),
      });
      return relationshipId;
    },
    { mentorEmail, menteeEmail },
  );
}
