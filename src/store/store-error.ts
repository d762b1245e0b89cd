/**
 * Why the store failed: it could not be opened (or migrated), it holds no question log yet (when
 * asked not to create one), or one write or read failed.
 */
export type StoreErrorCode =
  | 'store_open_failed'
  | 'store_missing'
  | 'store_write_failed'
  | 'store_read_failed';

/** A fault in the question store; the message is a whole sentence that names the fix. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}
