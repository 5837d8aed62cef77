// Dates as Vietnamese sheets show them: ISO "2026-06-08" ↔ "08/06/2026".

/** "2026-06-08" → "08/06/2026"; anything that is not an ISO date is returned unchanged. */
export function isoToViDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
