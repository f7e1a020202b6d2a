/** An error a route throws to answer with a Halo-style status and message. */
export class HaloHttpError extends Error {
  /**
   * @param status HTTP status (400 validation, 404 missing id, …)
   * @param message what Halo would say
   */
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HaloHttpError';
  }
}

/** 400 with a validation message. */
export function badRequest(message: string): HaloHttpError {
  return new HaloHttpError(400, message);
}

/** 404 for an unknown id. */
export function notFound(entity: string, id: number | string): HaloHttpError {
  return new HaloHttpError(404, `${entity} ${id} not found`);
}
