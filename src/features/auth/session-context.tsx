import { useQueryClient } from '@tanstack/react-query'
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react'
import type { ApiCredentials } from '../../lib/api-client'
import { readStoredSession, storeSession } from './session-storage'

type SessionContextValue = {
  session: ApiCredentials | null
  /** Why the user is looking at the sign-in form again, if not by choice. */
  notice: string | null
  signIn: (session: ApiCredentials) => void
  signOut: () => void
  /** Acts for another servicer of the same tenant with the same token; nothing cached survives. */
  switchServicer: (servicerId: string) => void
  /** The API refused the token (401): back to sign-in, keeping the URL to come back to. */
  expire: (reason: string) => void
}

const SessionContext = createContext<SessionContextValue | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [session, setSession] = useState<ApiCredentials | null>(readStoredSession)
  const [notice, setNotice] = useState<string | null>(null)

  const end = useCallback(
    (reason: string | null) => {
      storeSession(null)
      setSession(null)
      setNotice(reason)
      // Nothing of one tenant's data may outlive its session in memory.
      queryClient.clear()
    },
    [queryClient],
  )

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      notice,
      signIn: (next) => {
        storeSession(next)
        setNotice(null)
        setSession(next)
      },
      signOut: () => end(null),
      switchServicer: (servicerId) => {
        if (!session) return
        const next = { ...session, servicerId }
        storeSession(next)
        // As on sign-out: one servicer's calls never stay in memory behind another's.
        queryClient.clear()
        setSession(next)
      },
      expire: (reason) => end(reason),
    }),
    [session, notice, end, queryClient],
  )
  return <SessionContext value={value}>{children}</SessionContext>
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext)
  if (!value) throw new Error('useSession must be used inside <SessionProvider>')
  return value
}
