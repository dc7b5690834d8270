import * as z from 'zod/mini'

/** RFC 9457 problem details, with the parameters at fault listed by name. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.optional(z.array(z.object({ parameter: z.string(), message: z.string() }))),
  })
  .register(z.globalRegistry, { id: 'Problem' })

export type Problem = z.infer<typeof problemSchema>
export type ParameterError = NonNullable<Problem['errors']>[number]
