// Records every call the adapter makes on a fake Apps Script service, for round-trip counts.

export type ServiceName = 'SpreadsheetApp' | 'Sheets' | 'DataValidation' | 'DocumentApp' | 'Docs' | 'Drive' | 'Other';

export interface Call {
  readonly service: ServiceName;
  readonly method: string;
}

export class CallLog {
  readonly calls: Call[] = [];

  record(service: ServiceName, method: string): void {
    this.calls.push({ service, method });
  }

  count(service?: ServiceName, method?: string): number {
    return this.calls.filter((c) => (service === undefined || c.service === service) && (method === undefined || c.method === method)).length;
  }

  reset(): void {
    this.calls.length = 0;
  }
}
