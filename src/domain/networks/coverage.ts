import { mentoringFunctionLabels, mentoringFunctions, toMentoringFunctions, type MentoringFunction } from '../../../shared/enums.ts';
import { currentTies, type MeasuredTie } from './network-tie.ts';

/** Where the needed functions come from: the development plan, else the profile's functions sought. */
export type NeedsSource = 'plan' | 'profile' | 'none';

/** Which needed functions have at least one current tie, and which are gaps. */
export type Coverage = {
  neededFrom: NeedsSource;
  needed: MentoringFunction[];
  covered: MentoringFunction[];
  gaps: MentoringFunction[];
  /** Current ties giving each of the nine functions (the grid's column totals). */
  tiesPerFunction: Record<MentoringFunction, number>;
  /** Covered share of the needed functions, 0-1 (null when nothing is needed yet). */
  share: number | null;
  explanation: string;
};

/**
 * The needed functions: the plan's when it names any, else the profile's functions sought.
 *
 * @example neededFunctions(['coaching'], ['sponsorship']) // { neededFrom: 'plan', needed: ['coaching'] }
 */
export function neededFunctions(
  fromPlan: readonly MentoringFunction[],
  fromProfile: readonly MentoringFunction[],
): { neededFrom: NeedsSource; needed: MentoringFunction[] } {
  if (fromPlan.length > 0) return { neededFrom: 'plan', needed: toMentoringFunctions(fromPlan) };
  if (fromProfile.length > 0) return { neededFrom: 'profile', needed: toMentoringFunctions(fromProfile) };
  return { neededFrom: 'none', needed: [] };
}

/**
 * Coverage of the needed functions by the current ties (past ties do not count).
 *
 * @example measureCoverage({ neededFrom: 'plan', needed: ['coaching', 'sponsorship'] }, ties).gaps // ['sponsorship']
 */
export function measureCoverage(
  needs: { neededFrom: NeedsSource; needed: readonly MentoringFunction[] },
  ties: readonly MeasuredTie[],
): Coverage {
  const tiesPerFunction = Object.fromEntries(mentoringFunctions.map((fn) => [fn, 0])) as Record<MentoringFunction, number>;
  for (const tie of currentTies(ties)) for (const fn of new Set(tie.functions)) tiesPerFunction[fn] += 1;
  const needed = [...needs.needed];
  const covered = needed.filter((fn) => tiesPerFunction[fn] > 0);
  const gaps = needed.filter((fn) => tiesPerFunction[fn] === 0);
  const share = needed.length === 0 ? null : covered.length / needed.length;
  return {
    neededFrom: needs.neededFrom,
    needed,
    covered,
    gaps,
    tiesPerFunction,
    share,
    explanation: explainCoverage(needs.neededFrom, needed.length, gaps),
  };
}

function explainCoverage(neededFrom: NeedsSource, neededCount: number, gaps: readonly MentoringFunction[]): string {
  if (neededFrom === 'none')
    return 'Add development needs to your plan (or the functions you seek to your profile) to see which ones your network covers.';
  const functions = neededFrom === 'plan' ? 'functions your development plan needs' : 'functions you seek in your profile';
  if (gaps.length === 0) return `Someone in your network gives each of the ${neededCount} ${functions}.`;
  const names = gaps.map((fn) => mentoringFunctionLabels[fn].toLowerCase()).join(', ');
  return `${neededCount - gaps.length} of the ${neededCount} ${functions} have someone; nobody gives you ${names} yet.`;
}
