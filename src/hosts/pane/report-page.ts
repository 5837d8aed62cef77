// The add-in's static report page (Mac): rebuilds the report from the data in the URL fragment and downloads it; nothing is sent anywhere.
import { parseReportData } from '../../core/data/schema';
import { BUILTIN_SET } from '../../core/forms/builtin';
import { catalogueOf } from '../../core/forms/builtin';
import type { FormSetDef } from '../../core/forms/form-set';
import { UI_TEXT } from '../../core/i18n/messages';
import { buildDocx } from './build-docx';
import { downloadBytes } from './download-bytes';
import { decodeFragment } from './fragment-codec';
import { fileNameOf } from './report-file-name';
import { messageOf } from './pane-controller';

function say(kind: 'ok' | 'error' | 'info', text: string): void {
  const box = document.getElementById('message');
  if (!box) return;
  box.hidden = false;
  box.className = `message ms-font-m ${kind}`;
  box.textContent = text;
}

async function main(): Promise<void> {
  document.title = UI_TEXT.downloadPageTitle;
  const title = document.getElementById('title');
  if (title) title.textContent = UI_TEXT.downloadPageTitle;
  const fragment = window.location.hash;
  // The data leaves the address bar and the history at once.
  history.replaceState(null, '', window.location.pathname + window.location.search);
  if (fragment.length < 3) return say('info', UI_TEXT.downloadPageNoData);
  say('info', UI_TEXT.downloadPageWorking);
  try {
    const request = await decodeFragment(fragment);
    let set: FormSetDef = BUILTIN_SET;
    if (request.set !== undefined) {
      // Checked as any set is before use; the checker loads only for a set other than the built-in one.
      const { formSetFromJson } = await import(/* webpackChunkName: "set-engine" */ '../../core/forms/load-form-set');
      const loaded = formSetFromJson(request.set);
      if ('problems' in loaded) return say('error', UI_TEXT.badData(loaded.problems.map((p) => p.message).join('; ')));
      set = loaded.set;
    }
    const parsed = parseReportData(request.data, catalogueOf(set));
    if (!parsed.ok) return say('error', UI_TEXT.badData(parsed.problems.join('; ')));
    const name = fileNameOf(parsed.data);
    const bytes = await buildDocx(parsed.data, request.draft, set);
    downloadBytes(bytes, name);
    say('ok', UI_TEXT.downloadPageDone(name));
    const again = document.getElementById('again');
    if (again) {
      again.textContent = UI_TEXT.downloadAgain;
      again.hidden = false;
      again.addEventListener('click', () => downloadBytes(bytes, name));
    }
  } catch (e) {
    say('error', messageOf(e));
  }
}

// The loader injects this bundle from the head: it may run before the body is parsed.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void main(), { once: true });
else void main();
