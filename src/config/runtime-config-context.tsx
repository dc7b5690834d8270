import { createContext, use, useMemo, type ReactNode } from 'react'
import type { RuntimeConfig } from './runtime-config'
import { createApiClient, type ApiClient } from '../lib/api-client'

type RuntimeContextValue = RuntimeConfig & { api: ApiClient }
const RuntimeConfigContext = createContext<RuntimeContextValue | null>(null)

export function RuntimeConfigProvider({
  config,
  children,
}: {
  config: RuntimeConfig
  children: ReactNode
}) {
  const value = useMemo(
    () => ({
      ...config,
      api: createApiClient(config.apiBaseUrl, window.location.origin, config.requestTimeoutMs),
    }),
    [config],
  )
  return <RuntimeConfigContext value={value}>{children}</RuntimeConfigContext>
}

export function useRuntimeConfig(): RuntimeContextValue {
  const value = use(RuntimeConfigContext)
  if (!value) throw new Error('useRuntimeConfig must be used inside <RuntimeConfigProvider>')
  return value
}
