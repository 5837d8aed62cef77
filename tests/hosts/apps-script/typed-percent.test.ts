// "90%" typed into a percent row in Sheets reads as 90 in the check and stays 90 through a new layout, with a constant number of calls.
import * as fs from 'fs';
import * as path from 'path';
import type { ReportData } from '../../../src/core/data/types';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { runCheck } from '../../../src/hosts/apps-script/run-check';
import { fakeEnv } from './fakes/fake-env';

const EXAMPLE: ReportData = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8'));

describe('a percent typed with its sign in Sheets', () => {
  it('is read as the percent it shows, with one getNumberFormats per sheet read', () => {
    const env = fakeEnv();
    applyWorkbookPlan(env, env.ss, buildWorkbookPlan(EXAMPLE));
    const before = (() => {
      env.log.reset();
      runCheck(env, env.ss);
      return env.log.calls.length;
    })();
    const at = env.ss.nameCell('BM4_1_1')!;
    at.sheet.type(at.a1, '90%');
    expect([at.sheet.valueAt(at.a1), at.sheet.cellAt(at.a1)?.format]).toEqual([0.9, '0%']);
    env.log.reset();

    const check = runCheck(env, env.ss);

    expect(check.data?.forms['4']?.['1.1']).toBe(90);
    // As many calls as before typing; one getNumberFormats beside each getValues.
    expect(env.log.calls.length).toBe(before);
    expect(env.log.count('SpreadsheetApp', 'Range.getNumberFormats')).toBe(env.log.count('SpreadsheetApp', 'Range.getValues'));
  });

  it('stays 90 when the template is laid out again', () => {
    const env = fakeEnv();
    const plan = buildWorkbookPlan(null);
    applyWorkbookPlan(env, env.ss, plan);
    const at = env.ss.nameCell('BM4_1_1')!;
    at.sheet.type(at.a1, '90%');

    applyWorkbookPlan(env, env.ss, plan);

    expect([at.sheet.valueAt(at.a1), at.sheet.cellAt(at.a1)?.format]).toEqual([90, '0.0']);
  });
});
