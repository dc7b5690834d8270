export * from './call-filters'
export * from './calls-query-schema'
export * from './call-record-schema'
export * from './problem-schema'
