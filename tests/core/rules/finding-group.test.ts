// Findings grouped by the sheet they belong to: a finding on the staff's text read from JSON is under Thuyết minh, not Thông tin chung.
import { checkReport } from '../../../src/core/rules/check';
import { HEADER_GROUP, NARRATIVE_GROUP, findingGroup } from '../../../src/core/rules/finding-group';
import { signedData } from '../../fixtures/signed/signed';

describe('findingGroup', () => {
  const findings = checkReport(signedData('phuong-hai-an-h1-2026-sai-so-lieu')).findings;

  it('puts a finding on the staff\'s text under Thuyết minh, after the forms', () => {
    const staff = findings.find((f) => f.message.startsWith('Thuyết minh, mục II.6'));
    expect(staff && findingGroup(staff)).toBe(NARRATIVE_GROUP);
    expect(findings.filter((f) => f.form !== null).every((f) => findingGroup(f) === f.form && f.form < NARRATIVE_GROUP)).toBe(true);
  });

  it('keeps the header\'s findings under Thông tin chung', () => {
    expect(findingGroup({ form: null, rule: 'unit-name-has-kind' })).toBe(HEADER_GROUP);
    expect(findingGroup({ form: null, rule: 'meta-missing' })).toBe(HEADER_GROUP);
  });
});
