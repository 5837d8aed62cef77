// The pane's DOM: fills texts from the catalogue, shows progress, messages and the findings grouped by form.
/// <reference types="office-js" />
import { CARRY_TEXT, COMMON_TEXT, PERIODS_TEXT, UI_TEXT } from '../../core/i18n/messages';
import { HEADER_GROUP, NARRATIVE_GROUP, findingGroup } from '../../core/rules/finding-group';
import { FORMSET_TEXT } from '../../core/i18n/form-sets';
import type { CheckResult, Finding } from '../../core/rules/types';
import type { MessageKind, PaneMode, PaneView } from './pane-controller';
import { readInputs } from './office-inputs-form';

type TextKey = { [K in keyof typeof UI_TEXT]: (typeof UI_TEXT)[K] extends string ? K : never }[keyof typeof UI_TEXT];

function el<T extends HTMLElement>(doc: Document, id: string): T {
  const found = doc.getElementById(id);
  if (!found) throw new Error(`#${id}`);
  return found as T;
}

/** Puts the catalogue's text into every element marked data-text="<key>". */
export function fillTexts(doc: Document): void {
  doc.documentElement.lang = 'vi';
  doc.title = UI_TEXT.appTitle;
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>('[data-text]'))) {
    const value = UI_TEXT[node.dataset.text as TextKey];
    if (typeof value === 'string') node.textContent = value;
  }
  // The "Tổng hợp" section's texts live in their own object of the catalogue.
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>('[data-consolidate-text]'))) {
    const value = UI_TEXT.consolidate[node.dataset.consolidateText as keyof typeof UI_TEXT.consolidate];
    if (typeof value === 'string') node.textContent = value;
  }
  // The "Báo cáo cùng kỳ năm trước" control's texts live with the other texts across periods.
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>('[data-periods-text]'))) {
    const value = PERIODS_TEXT.pane[node.dataset.periodsText as keyof typeof PERIODS_TEXT.pane];
    if (typeof value === 'string') node.textContent = value;
  }
  // The "Bộ biểu mẫu" line and its chooser keep their words with the form sets' (FORMSET_TEXT.pane).
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>('[data-set-text]'))) {
    const value = FORMSET_TEXT.pane[node.dataset.setText as keyof typeof FORMSET_TEXT.pane];
    if (typeof value === 'string') node.textContent = value;
  }
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>('[data-set-label]'))) {
    const value = FORMSET_TEXT.pane[node.dataset.setLabel as keyof typeof FORMSET_TEXT.pane];
    if (typeof value === 'string') node.setAttribute('label', value);
  }
  // "Lấy số liệu kỳ trước" keeps its words with the rest of the carry, in CARRY_TEXT.
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>('[data-carry-text]'))) {
    const value = CARRY_TEXT.pane[node.dataset.carryText as keyof typeof CARRY_TEXT.pane];
    if (typeof value === 'string') node.textContent = value;
  }
}

const HINTS: Readonly<Record<PaneMode, string>> = {
  excel: UI_TEXT.hintExcel,
  word: UI_TEXT.hintWord,
  standalone: UI_TEXT.hintStandalone,
};

/** Lists the sets shipped with the add-in in the chooser, each by its line (name, identity, issuing body), `shipped:<i>`. */
export function listShippedSets(doc: Document, lines: readonly string[]): void {
  const group = doc.getElementById('set-shipped');
  if (!group) return;
  group.replaceChildren(
    ...lines.map((line, i) => {
      const option = doc.createElement('option');
      option.value = `shipped:${i}`;
      option.textContent = line;
      return option;
    }),
  );
  group.hidden = lines.length === 0;
}

/** Shows the controls a mode uses: Excel works on the open workbook, the others on a picked file. */
export function showMode(doc: Document, mode: PaneMode): void {
  el(doc, 'hint').textContent = HINTS[mode];
  el(doc, 'file-actions').hidden = mode === 'excel';
  el(doc, 'layout').hidden = mode !== 'excel';
  const carry = doc.getElementById('carry-section');
  if (carry) carry.hidden = mode !== 'excel';
  el(doc, 'autocheck-option').hidden = mode !== 'excel';
  const generate = el<HTMLButtonElement>(doc, 'generate');
  generate.textContent = mode === 'word' ? UI_TEXT.insertButton : UI_TEXT.generateButton;
  doc.body.dataset.mode = mode;
}

function findingItem(doc: Document, f: Finding, pick: ((cell: string) => void) | null): HTMLElement {
  const clickable = pick !== null && f.cell !== null;
  const item = doc.createElement(clickable ? 'button' : 'div');
  item.className = `finding ${f.severity}`;
  if (item instanceof HTMLButtonElement) item.type = 'button';
  const sev = doc.createElement('span');
  sev.className = 'sev';
  sev.textContent = `${UI_TEXT.severityTitle[f.severity]}:`;
  item.append(sev, doc.createTextNode(f.message));
  if (f.cell) {
    const cell = doc.createElement('span');
    cell.className = 'cell';
    cell.textContent = clickable ? UI_TEXT.goToCell(f.cell) : f.cell;
    item.append(cell);
  }
  if (clickable && f.cell) {
    const at = f.cell;
    item.addEventListener('click', () => pick(at));
  }
  return item;
}

/**
 * Shows the “Tải báo cáo về máy” button for a report built from the ribbon: the download starts on
 * the user's click inside the visible pane, not while the pane may be hidden (on Windows the
 * download prompt appears inside the pane). `save` runs on each click.
 */
export function offerDownload(doc: Document, save: () => void): void {
  const old = el<HTMLButtonElement>(doc, 'download');
  // A fresh node: the click saves this report, never an earlier one.
  const button = old.cloneNode(true) as HTMLButtonElement;
  button.textContent = UI_TEXT.downloadReportButton;
  button.hidden = false;
  button.addEventListener('click', save);
  old.replaceWith(button);
}

export function domView(doc: Document): PaneView {
  const buttons = (): HTMLButtonElement[] => Array.from(doc.querySelectorAll<HTMLButtonElement>('.actions button'));
  return {
    busy(text) {
      el(doc, 'busy').hidden = text === null;
      el(doc, 'busy-text').textContent = text ?? '';
      doc.body.setAttribute('aria-busy', String(text !== null));
      for (const b of buttons()) b.disabled = text !== null;
      // A new action makes the last report's download button stale.
      if (text !== null) el(doc, 'download').hidden = true;
    },
    message(kind: MessageKind, text) {
      const box = el(doc, 'message');
      box.hidden = false;
      box.className = `message ms-font-m ${kind}`;
      box.textContent = text;
    },
    findings(result: CheckResult, pick) {
      const list = el(doc, 'findings-list');
      list.replaceChildren();
      const groups = new Map<number, Finding[]>();
      for (const f of result.findings) groups.set(findingGroup(f), [...(groups.get(findingGroup(f)) ?? []), f]);
      for (const [form, findings] of [...groups].sort((a, b) => a[0] - b[0])) {
        const group = doc.createElement('section');
        group.className = 'group';
        group.dataset.form = form === NARRATIVE_GROUP ? 'narrative' : String(form);
        const h = doc.createElement('h3');
        h.textContent = form === HEADER_GROUP ? UI_TEXT.headerGroup : form === NARRATIVE_GROUP ? UI_TEXT.narrativeGroup : COMMON_TEXT.formName(form);
        const ul = doc.createElement('ul');
        for (const f of findings) {
          const li = doc.createElement('li');
          li.append(findingItem(doc, f, pick));
          ul.append(li);
        }
        group.append(h, ul);
        list.append(group);
      }
      el(doc, 'findings').hidden = false;
    },
    formSet(line) {
      el(doc, 'set-line').textContent = line;
    },
    setProblems(lines) {
      const list = el(doc, 'set-problems');
      list.replaceChildren(
        ...(lines ?? []).map((text) => {
          const li = doc.createElement('li');
          li.textContent = text;
          return li;
        }),
      );
      list.hidden = lines === null || lines.length === 0;
    },
    draftWanted: () => el<HTMLInputElement>(doc, 'draft').checked,
    skipRejectedWanted: () => el<HTMLInputElement>(doc, 'skip-rejected').checked,
    officeInputs: () => readInputs(doc),
    // The drawing code loads with the consolidation's own chunk, not with the pane.
    charts: (charts) =>
      void import(/* webpackChunkName: "consolidate" */ './show-charts').then(({ showCharts }) => {
        showCharts(doc, el(doc, 'charts'), charts);
        doc.body.dataset.charts = String(charts.length);
      }),
    reveal: () => {
      if (typeof Office !== 'undefined' && Office.addin?.showAsTaskpane) void Office.addin.showAsTaskpane().catch(() => undefined);
    },
  };
}
