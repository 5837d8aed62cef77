// `npm run bench:gas`: service calls of the Apps Script commands on the sample commune, from the recording fakes.
import { CLI_TEXT } from '../../src/core/i18n/messages';
import { districtServiceCalls } from '../hosts/apps-script/district-compare';
import { gasServiceCalls } from '../hosts/apps-script/service-calls';

const calls = gasServiceCalls();
for (const step of ['layout', 'check', 'report'] as const) console.log(CLI_TEXT.bench.serviceCalls(step, calls[step]));
console.log(CLI_TEXT.bench.serviceCalls('consolidate 300', districtServiceCalls(300).calls));
