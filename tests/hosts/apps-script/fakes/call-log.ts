// Records every call the adapter makes on a fake Apps Script service, for round-trip counts.

export type ServiceName = 'SpreadsheetApp' | 'Sheets' | 'DataValidation' | 'DocumentApp' | 'Docs' | 'Drive' | 'Other';

export interface Call {
  readonly service: ServiceName;
  readonly method: string;
}

export class CallLog {
  readonly calls: Call[] = [];

  /** Runs before each call takes effect: the fake environment's clock and execution limit (fake-env.ts). */
  beforeCall: ((service: ServiceName, method: string) => void) | null = null;

  record(service: ServiceName, method: string): void {
    this.beforeCall?.(service, method);
    this.calls.push({ service, method });
  }

  count(service?: ServiceName, method?: string): number {
    return this.calls.filter((c) => (service === undefined || c.service === service) && (method === undefined || c.method === method)).length;
  }

  reset(): void {
    this.calls.length = 0;
  }
}
