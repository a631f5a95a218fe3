import dayjs from 'dayjs';

/** A calendar date or timestamp for people, e.g. "3 Mar 2026"; a dash when missing. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = dayjs(value);
  return date.isValid() ? date.format('D MMM YYYY') : value;
}

/** A program's run, e.g. "3 Mar 2026 – 30 Sep 2026", or a note that dates are not set. */
export function formatDateRange(startsOn: string | null, endsOn: string | null): string {
  if (!startsOn && !endsOn) return 'Dates not set';
  if (!endsOn) return `From ${formatDate(startsOn)}`;
  if (!startsOn) return `Until ${formatDate(endsOn)}`;
  return `${formatDate(startsOn)} – ${formatDate(endsOn)}`;
}

/** "1 mentor", "3 mentees". */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
