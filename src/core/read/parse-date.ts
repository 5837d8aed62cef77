// Dates of the header as hosts give them (Date, spreadsheet serial, dd/mm/yyyy or yyyy-mm-dd text) → ISO yyyy-mm-dd.
import type { HostValue } from './host-value';
import { serialDay } from './number-as-shown';

const DAY_MS = 86_400_000;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function isoOf(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The calendar day of a Date: rounded to the nearest UTC midnight, which is right both for ExcelJS (UTC midnight) and for Apps Script (midnight of the script's time zone). */
export function isoOfDate(d: Date): string {
  const day = new Date(Math.round(d.getTime() / DAY_MS) * DAY_MS);
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** ISO date of a header cell, or null when the value is not a real date. */
export function parseDate(v: HostValue): string | null {
  switch (v.kind) {
    case 'date':
      return isoOfDate(v.value);
    case 'number': {
      // Serials 1 … 2958465 are 1900-01-01 … 9999-12-31; a time of day is dropped.
      if (v.value < 1 || v.value > 2_958_465) return null;
      return isoOfDate(serialDay(v.value));
    }
    case 'text': {
      const s = v.value.trim();
      const vi = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
      if (vi) return isoOf(Number(vi[3]), Number(vi[2]), Number(vi[1]));
      const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+Z?)?$/.exec(s);
      if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      return null;
    }
    default:
      return null;
  }
}

/** dd/mm/yyyy of an ISO date, for messages and for text cells that received a Date. */
export function viOfIso(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
