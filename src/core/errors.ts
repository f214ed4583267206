/**
 * An input the kit refuses, naming the field (attribute, option or CSV column) at fault so
 * the message can point the developer at the exact thing to fix.
 */
export class ConsultInputError extends Error {
  override name = 'ConsultInputError';

  constructor(
    /** The option or attribute at fault, e.g. `channel`, `endpoint`. */
    readonly field: string,
    message: string,
    /** The value that was probably meant (`@mybrand` for `mybrand`): each language's "did you mean". */
    readonly suggestion?: string,
  ) {
    super(message);
  }
}
