import { z } from 'zod'

/** RFC 9457 problem details, with the parameters at fault listed by name. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' })

export type Problem = z.infer<typeof problemSchema>
export type ParameterError = NonNullable<Problem['errors']>[number]
