// The pane's and the report page's only classic script, compiled to ES5: loads the modern bundle where it can run, else shows in Vietnamese what this computer can use instead.
import { bindGuidanceCommands, type GuidanceOffice } from './guidance-commands';
import { canRunModern, type FeatureHost } from './modern-support';
import { pageAddress, showGuidance } from './unsupported-guidance';

declare const Office: ({ initialize?: (reason?: unknown) => void } & GuidanceOffice) | undefined;

function boot(): void {
  const tag = document.querySelector('script[data-bundle]');
  // The entry's initial files, in order, separated by spaces (see webpack.addin.cjs).
  const bundle = (tag ? tag.getAttribute('data-bundle') || '' : '').split(' ');
  const report = tag !== null && tag.getAttribute('data-page') === 'report';
  if (bundle[0] && canRunModern(window as unknown as FeatureHost)) {
    // Inserted now, from the head: the bundle downloads while the page parses, and binds the
    // ribbon commands as soon as it runs (it waits for the DOM itself).
    for (let i = 0; i < bundle.length; i++) {
      const script = document.createElement('script');
      script.src = bundle[i]!;
      // Dynamic scripts run as they arrive unless told otherwise: keep the entry's order.
      script.async = false;
      document.head.appendChild(script);
    }
    return;
  }
  // Some Office versions keep the task pane blank until the add-in sets Office.initialize or
  // calls Office.onReady (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in).
  if (typeof Office !== 'undefined' && Office) {
    Office.initialize = function () {};
    // The CCHC tab's buttons are bound here too, now, as the modern bundle would: they show the
    // pane and its guidance instead of doing nothing.
    bindGuidanceCommands(Office);
  }
  const show = (): void => showGuidance(document, report ? 'oldBrowser' : 'oldWebView', pageAddress(window.location.href));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
}

boot();
