// Every request names its tenant and servicer in two headers. Imports nothing, so the API client
// sends exactly the headers the server's schema reads.

/** The headers' wire names (lower case, as the vendor documents them). */
export const TENANT_ID_HEADER = 'tenantid'
export const SERVICER_ID_HEADER = 'servicerid'

/** A tenant or servicer identifier: 1 to 10 digits. */
export const TENANCY_ID = /^\d{1,10}$/

export type Tenancy = { tenantId: string; servicerId: string }

/** A tenancy as the request headers that carry it. */
export function tenancyHeaders({ tenantId, servicerId }: Tenancy) {
  return { [TENANT_ID_HEADER]: tenantId, [SERVICER_ID_HEADER]: servicerId }
}
