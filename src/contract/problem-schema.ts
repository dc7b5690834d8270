import * as v from 'valibot'

/** RFC 9457 problem details, with the parameters at fault listed by name. */
export const problemSchema = v.object({
  type: v.string(),
  title: v.string(),
  status: v.pipe(v.number(), v.integer()),
  detail: v.string(),
  errors: v.optional(v.array(v.object({ parameter: v.string(), message: v.string() }))),
})

export type Problem = v.InferOutput<typeof problemSchema>
export type ParameterError = NonNullable<Problem['errors']>[number]
