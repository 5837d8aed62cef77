// Builds the report's .docx from report data; the builder and the docx library load as a separate chunk, only when asked.
import type { ReportData } from '../../core/data/types';

/** The .docx bytes of the report; `draft` marks it DỰ THẢO. */
export async function buildDocx(data: ReportData, draft: boolean): Promise<Uint8Array> {
  const [{ buildReport }, { renderDocx }] = await Promise.all([
    import(/* webpackChunkName: "docx" */ '../../core/report/build-report'),
    import(/* webpackChunkName: "docx" */ '../../render/render-docx'),
  ]);
  return renderDocx(buildReport(data, { draft }));
}
