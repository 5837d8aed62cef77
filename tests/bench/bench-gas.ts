// `npm run bench:gas`: service calls of the Apps Script commands on the sample commune, from the recording fakes, with issue 23's goals.
import { CLI_TEXT } from '../../src/core/i18n/messages';
import { districtServiceCalls } from '../hosts/apps-script/district-compare';
import { gasServiceCalls } from '../hosts/apps-script/service-calls';

/** Issue 23's goals: layout ≤ 150, report (Google Doc and .docx) ≤ 50, Tổng hợp of 300 communes ≤ 400; check has none. */
const GOALS: Readonly<Partial<Record<'layout' | 'check' | 'report' | 'consolidate 300', number>>> = { layout: 150, report: 50, 'consolidate 300': 400 };

const calls = gasServiceCalls();
const counts = { layout: calls.layout, check: calls.check, report: calls.report, 'consolidate 300': districtServiceCalls(300).calls } as const;
for (const [step, n] of Object.entries(counts) as [keyof typeof counts, number][]) {
  const goal = GOALS[step];
  console.log(`${CLI_TEXT.bench.serviceCalls(step, n)}${goal === undefined ? '' : CLI_TEXT.bench.serviceCallsGoal(n, goal)}`);
}
