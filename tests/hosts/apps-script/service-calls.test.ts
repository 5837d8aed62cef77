// The budgets of issue 11 on the sample commune, from the recording fakes (the figures `npm run bench:gas` prints).
import { CLI_TEXT } from '../../../src/core/i18n/messages';
import { gasServiceCalls } from './service-calls';

describe('service calls on the sample commune', () => {
  const calls = gasServiceCalls();

  it('a report takes at most 300, the Doc\'s tables and styles included', () => {
    expect(calls.report).toBeLessThanOrEqual(300);
    expect(calls.env.log.count('Docs')).toBe(2);
  });

  it('the bench prints one line per command in a fixed form', () => {
    expect(CLI_TEXT.bench.serviceCalls('report', calls.report)).toBe(`apps-script report: ${calls.report} service calls`);
    expect(calls.layout).toBeGreaterThan(0);
    expect(calls.check).toBeGreaterThan(0);
  });
});
