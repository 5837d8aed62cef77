// The staff's own text of a section, split into paragraphs (blank lines) and list items ("- " or "+ " lines).

export interface StaffPiece {
  readonly kind: 'paragraph' | 'list-item';
  /** "-" or "+" for a list item, "" for a paragraph. */
  readonly marker: string;
  readonly text: string;
}

const ITEM = /^([-+•])\s+(.*)$/;
/** A lone ellipsis is what a copied template leaves behind, never the staff's content. */
const PLACEHOLDER = /^[.…\s]*$/;

/**
 * Paragraphs are separated by blank lines; lines within a paragraph are joined by a space,
 * except that each line starting with "- ", "+ " or "• " opens a list item.
 */
export function splitStaffText(text: string | undefined): readonly StaffPiece[] {
  if (!text) return [];
  const out: StaffPiece[] = [];
  const blocks = text.normalize('NFC').replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const block of blocks) {
    let current: { kind: StaffPiece['kind']; marker: string; parts: string[] } | null = null;
    const flush = () => {
      if (!current) return;
      const joined = current.parts.join(' ').replace(/\s+/g, ' ').trim();
      if (joined && !PLACEHOLDER.test(joined)) out.push({ kind: current.kind, marker: current.marker, text: joined });
      current = null;
    };
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const item = ITEM.exec(line);
      if (item) {
        flush();
        current = { kind: 'list-item', marker: item[1] === '•' ? '-' : (item[1] ?? '-'), parts: [item[2] ?? ''] };
      } else if (current) {
        current.parts.push(line);
      } else {
        current = { kind: 'paragraph', marker: '', parts: [line] };
      }
    }
    flush();
  }
  return out;
}
