// Reads back the payload a sidebar page was given, from its evaluated HTML.
import type { SidebarPayload } from '../../../src/hosts/apps-script/sidebar';

export function sidebarPayload(html: string): SidebarPayload {
  const m = /var PAYLOAD = (.*);\n/.exec(html);
  if (!m?.[1]) throw new Error('thanh bên không có dữ liệu');
  return JSON.parse(m[1]) as SidebarPayload;
}
