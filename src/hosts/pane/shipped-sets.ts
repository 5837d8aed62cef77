// The form sets a province shipped with its deployment (`ADDIN_FORMS=dir npm run build`, checked at build time): loaded after the pane is up, as their own chunk.
import type { FormSetDef } from '../../core/forms/form-set';
// An empty list in the sources; the build puts the province's checked sets in its place (webpack.addin.cjs).
import shipped from './shipped-form-sets.json';

/** The shipped sets, in the order the build found them (by file name). */
export const SHIPPED_SETS: readonly FormSetDef[] = shipped as unknown as readonly FormSetDef[];
