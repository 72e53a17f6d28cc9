/**
 * Errors thrown by the functions in ./incidents.ts. Messages are for logs; the UI shows keys.
 * Check them with instanceof. Their `name`s avoid IndexedDB's DOMException names
 * (NotFoundError, ReadOnlyError…): Dexie rewraps errors with those names thrown in a transaction.
 */

/** Input was rejected; nothing was written. */
export class ValidationError extends Error {
  /** i18n keys, e.g. 'validation.required', 'validation.tooLong', 'validation.invalidDate'. */
  readonly issues: string[];
  /** Field path or item id → its first i18n key. */
  readonly fields: Record<string, string>;

  constructor(issues: string[], fields: Record<string, string> = {}) {
    super(`Invalid input: ${issues.join(', ')}`);
    this.name = 'ValidationError';
    this.issues = issues;
    this.fields = fields;
  }
}

/** The incident is completed; reopen it before editing. */
export class ReadOnlyError extends Error {
  constructor(readonly id: string) {
    super(`Incident ${id} is completed and read-only`);
    this.name = 'IncidentReadOnlyError';
  }
}

export class NotFoundError extends Error {
  constructor(readonly id: string) {
    super(`Incident ${id} not found`);
    this.name = 'IncidentNotFoundError';
  }
}

/** The stored row fails validation, so it is not written to. */
export class CorruptRecordError extends Error {
  constructor(
    readonly id: string,
    readonly reason: string,
  ) {
    super(`Incident ${id} is unreadable: ${reason}`);
    this.name = 'CorruptRecordError';
  }
}
