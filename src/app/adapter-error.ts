/**
 * A real fault starting or stopping a chat adapter (bad token, platform unreachable). `code` is
 * for programs and tests; the message is a whole sentence for people and never names a secret.
 * Each adapter narrows `Code` to its own codes.
 */
export class AdapterError<Code extends string = string> extends Error {
  readonly code: Code;

  constructor(code: Code, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}
