// The ribbon's commands under the ES5 loader (Internet Explorer 11): every button shows the pane with its guidance and completes its event.
import { bindGuidanceCommands } from '../../../src/hosts/pane/guidance-commands';
import { COMMANDS, type CommandEvent } from '../../../src/hosts/pane/commands';

/** Office.actions.associate and Office.addin.showAsTaskpane as office.js gives them: showAsTaskpane returns a promise (SharedRuntime 1.1,
 * https://learn.microsoft.com/javascript/api/office/office.addin#office-office-addin-showastaskpane-member(1)). */
function office(showAsTaskpane?: () => unknown): { handlers: Map<string, (e: CommandEvent) => void>; shown: number; office: Parameters<typeof bindGuidanceCommands>[0] } {
  const handlers = new Map<string, (e: CommandEvent) => void>();
  const double = {
    handlers,
    shown: 0,
    office: {
      actions: { associate: (name: string, handler: (e: CommandEvent) => void) => void handlers.set(name, handler) },
      addin: {
        showAsTaskpane: () => {
          double.shown++;
          return showAsTaskpane ? showAsTaskpane() : Promise.resolve();
        },
      },
    },
  };
  return double;
}

const click = (handler: ((e: CommandEvent) => void) | undefined): Promise<number> =>
  new Promise((resolve) => {
    let completed = 0;
    handler?.({ completed: () => completed++ });
    setTimeout(() => resolve(completed), 10);
  });

describe('bindGuidanceCommands', () => {
  it('binds the three FunctionNames; each click shows the pane, then completes its event once', async () => {
    const double = office();
    expect(bindGuidanceCommands(double.office)).toBe(true);
    expect([...double.handlers.keys()].sort()).toEqual([COMMANDS.check, COMMANDS.generate, COMMANDS.layout].sort());
    for (const name of Object.values(COMMANDS)) expect([name, await click(double.handlers.get(name))]).toEqual([name, 1]);
    expect(double.shown).toBe(3);
  });

  it('completes the event when showing the pane fails or is missing (an Office without SharedRuntime 1.1)', async () => {
    const failing = office(() => Promise.reject(new Error('no')));
    bindGuidanceCommands(failing.office);
    expect(await click(failing.handlers.get(COMMANDS.generate))).toBe(1);
    const throwing = office(() => {
      throw new Error('no');
    });
    bindGuidanceCommands(throwing.office);
    expect(await click(throwing.handlers.get(COMMANDS.check))).toBe(1);
    const handlers = new Map<string, (e: CommandEvent) => void>();
    bindGuidanceCommands({ actions: { associate: (n, h) => void handlers.set(n, h) } });
    expect(await click(handlers.get(COMMANDS.layout))).toBe(1);
  });

  it('binds nothing where office.js has no Office.actions (the report page, a plain browser)', () => {
    expect(bindGuidanceCommands(undefined)).toBe(false);
    expect(bindGuidanceCommands({})).toBe(false);
  });
});
