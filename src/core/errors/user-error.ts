// The base of every error a user may see: its message is the whole Vietnamese explanation, shown as it is, recognised with instanceof.

/**
 * Hosts show `message` of a UserError as it is and word anything else as an unexpected failure.
 * Subclasses name themselves (`name` is the class name, for logs); the prototype is set again so
 * that `instanceof` holds however the code was compiled (ES5 output breaks it for Error subclasses).
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
