/** A JSON error shaped like Payload's own (`{ errors: [{ message }] }`). */
export const errorResponse = ({ message, status }: { message: string; status: number }): Response =>
  Response.json({ errors: [{ message }] }, { status })
