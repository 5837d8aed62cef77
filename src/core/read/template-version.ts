// Recognises the template version a workbook says it is: today's, an older one to upgrade, or one this program cannot read (refused).
import { READ_TEXT } from '../i18n/read';
import { TEMPLATE_VERSION, TEMPLATE_VERSION_NAME } from '../layout/names';
import { FIRST_TEMPLATE_VERSION, KNOWN_TEMPLATE_VERSIONS, versionsByNames } from '../layout/template-versions';
import { hostValue } from './host-value';
import { WorkbookFormatError } from './workbook-format-error';

export type TemplateVersionStatus =
  | { readonly kind: 'current'; readonly version: string }
  | { readonly kind: 'older'; readonly version: string }
  | { readonly kind: 'newer'; readonly version: string }
  | { readonly kind: 'unknown'; readonly version: string };

/** A workbook made by a newer template, or saying a version no template had: refused before anything is read or written. */
export class TemplateVersionError extends WorkbookFormatError {
  constructor(message: string) {
    super(message);
  }
}

/**
 * The status of the version cell's value (CCHC_TEMPLATE_VERSION), as any host reads it. An empty
 * or absent cell in a workbook that has the template's names is the first version (the cell was
 * cleared, or the names came without it); "2", 2 and " 2 " are the same version.
 */
export function templateVersionStatus(raw: unknown): TemplateVersionStatus {
  const h = hostValue(raw);
  if (h.kind === 'empty') return { kind: 'older', version: FIRST_TEMPLATE_VERSION };
  const got = h.kind === 'number' || h.kind === 'text' ? String(h.value).trim() : String(raw);
  const version = /^\d+$/.test(got) ? String(Number(got)) : got;
  if (version === TEMPLATE_VERSION) return { kind: 'current', version };
  if (KNOWN_TEMPLATE_VERSIONS.includes(version)) return { kind: 'older', version };
  if (/^\d+$/.test(version) && Number(version) > Number(TEMPLATE_VERSION)) return { kind: 'newer', version: got };
  return { kind: 'unknown', version: got };
}

/** The version of a workbook this program can read and upgrade; throws TemplateVersionError (Vietnamese) for any other. */
export function readableTemplateVersion(raw: unknown): { readonly version: string; readonly current: boolean } {
  const status = templateVersionStatus(raw);
  switch (status.kind) {
    case 'current':
    case 'older':
      return { version: status.version, current: status.kind === 'current' };
    case 'newer':
      throw new TemplateVersionError(READ_TEXT.newerTemplate(status.version, TEMPLATE_VERSION));
    case 'unknown':
      throw new TemplateVersionError(READ_TEXT.unknownTemplate(status.version, TEMPLATE_VERSION));
  }
}

/** The version a workbook is carried from, as every re-layout judges it. */
export interface WorkbookVersion {
  readonly version: string;
  readonly current: boolean;
  /**
   * The version cell lost its name (deleted, or at #REF!): the versions the workbook may be, by the names it has
   * (versionsByNames); `version` is the oldest of them. Null when the version cell has its name (its value is the version).
   */
  readonly byNames: { readonly oldest: string; readonly newest: string } | null;
}

/**
 * The version of a workbook of ours (`values`: its usable names' values), for a re-layout: its version cell's (an empty
 * one is version 1), or, when that cell lost its name, the oldest version the names it has allow: a workbook of today's
 * version is told by today's names, whatever its version cell. Throws TemplateVersionError for a newer or unknown version.
 */
export function workbookVersion(values: Readonly<Record<string, unknown>>): WorkbookVersion {
  if (Object.prototype.hasOwnProperty.call(values, TEMPLATE_VERSION_NAME)) return { ...readableTemplateVersion(values[TEMPLATE_VERSION_NAME]), byNames: null };
  const byNames = versionsByNames((name) => Object.prototype.hasOwnProperty.call(values, name));
  return { version: byNames.oldest, current: byNames.oldest === TEMPLATE_VERSION, byNames };
}
