// `npm run bench:gas`: service calls of the Apps Script commands on the sample commune, from the recording fakes.
import { CLI_TEXT } from '../../src/core/i18n/messages';
import { gasServiceCalls } from '../hosts/apps-script/service-calls';

const calls = gasServiceCalls();
for (const step of ['layout', 'check', 'report'] as const) console.log(CLI_TEXT.bench.serviceCalls(step, calls[step]));
