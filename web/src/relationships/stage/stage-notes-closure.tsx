import type { RelationshipDetail } from '../../../../shared/schemas/index.ts';
import { ClosureSection } from '../closure/closure-section.tsx';
import { NotesSection } from '../notes/notes-section.tsx';
import { StagePanel } from './stage-panel.tsx';

/** The stage panel, the pair's notes (never shown to coordinators) and closure, in page order. */
export function StageNotesClosureSections({ relationship }: { relationship: RelationshipDetail }) {
  return (
    <>
      <StagePanel relationship={relationship} />
      {relationship.viewerRole === 'coordinator' ? null : <NotesSection relationship={relationship} />}
      <ClosureSection relationship={relationship} />
    </>
  );
}
