/**
 * Plain-word building blocks for explanations.
 */

/** "a", "a and b", "a, b and c", "a, b, c and 2 more". */
export function listWords(words: readonly string[], max = 3): string {
  if (words.length > max) return `${words.slice(0, max).join(', ')} and ${words.length - max} more`;
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Minutes as hours, to the half hour: "1 hour", "2.5 hours". */
export function hoursText(minutes: number): string {
  const hours = Math.round((minutes / 60) * 2) / 2;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth'];

/** 1 → "first", 6 → "6th". */
export function ordinal(position: number): string {
  return ordinals[position - 1] ?? `${position}th`;
}

/** "Exposure and visibility" → "exposure and visibility". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The words of `mine` (as written) that also appear in `theirs`, ignoring case and spaces around. */
export function sharedWords(mine: readonly string[], theirs: readonly string[]): string[] {
  const wanted = new Set(theirs.map((word) => word.trim().toLowerCase()));
  const seen = new Set<string>();
  return mine.filter((word) => {
    const key = word.trim().toLowerCase();
    if (!wanted.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
