// Service calls of the three menu commands on the sample commune, counted by the recording fakes (the bench prints them, a test bounds them).
import * as fs from 'fs';
import * as path from 'path';
import type { ReportData } from '../../../src/core/data/types';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { applyWorkbookPlan } from '../../../src/hosts/apps-script/apply-plan';
import { checkCommand, reportCommand } from '../../../src/hosts/apps-script/commands';
import { fakeEnv } from './fakes/fake-env';
import type { FakeEnv } from './fakes/fake-env';

export interface GasServiceCalls {
  readonly layout: number;
  readonly check: number;
  readonly report: number;
  /** The environment after the report, to look at what was written. */
  readonly env: FakeEnv;
}

export function gasServiceCalls(): GasServiceCalls {
  const sample: ReportData = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8'));
  const env = fakeEnv();
  applyWorkbookPlan(env, env.ss, buildWorkbookPlan(sample));
  const layout = env.log.calls.length;
  env.log.reset();
  checkCommand(env);
  const check = env.log.calls.length;
  env.log.reset();
  reportCommand(env);
  const report = env.log.calls.length;
  if (env.documents.docs.length !== 1) throw new Error('báo cáo mẫu không được tạo');
  return { layout, check, report, env };
}
