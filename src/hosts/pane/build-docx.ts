// Builds the report's .docx from report data by its form set; the builder and the docx library load as a separate chunk, only when asked.
import type { ReportData } from '../../core/data/types';
import { BUILTIN_SET } from '../../core/forms/builtin';
import { catalogueOf } from '../../core/forms/builtin';
import type { FormSetDef } from '../../core/forms/form-set';
import type { DocxOptions } from '../../render/render-docx';

/** The .docx bytes of the report, its rows and sentences those of `set`; `draft` marks it DỰ THẢO. */
export async function buildDocx(data: ReportData, draft: boolean, set: FormSetDef = BUILTIN_SET, options: DocxOptions = {}): Promise<Uint8Array> {
  const [{ buildReport }, { renderDocx, fflateZip }] = await Promise.all([
    import(/* webpackChunkName: "docx" */ '../../core/report/build-report'),
    import(/* webpackChunkName: "docx" */ '../../render/render-docx'),
  ]);
  return renderDocx(buildReport(data, { draft }, catalogueOf(set)), fflateZip, undefined, options);
}
