import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type { RuntimeConfig } from '../config/runtime-config'
import { RuntimeConfigProvider } from '../config/runtime-config-context'
import { SessionProvider, useSession } from '../features/auth/session-context'
import { SignInForm } from '../features/auth/sign-in-form'
import { SwitchServicer } from '../features/auth/switch-servicer'
import { CallsPage } from '../features/calls/components/calls-page'
import { ThemeSelect } from '../components/ui/display-preferences'
import { OfflineBanner } from '../components/ui/offline-banner'
import { createQueryClient } from '../lib/query-client'

type AppProps = {
  config: RuntimeConfig
  /** Tests pass their own, to look into the cache; the app makes one otherwise. */
  queryClient?: QueryClient
}

export function App({ config, queryClient: given }: AppProps) {
  const [queryClient] = useState(() => given ?? createQueryClient())
  return (
    <RuntimeConfigProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <Shell />
        </SessionProvider>
      </QueryClientProvider>
    </RuntimeConfigProvider>
  )
}

function Shell() {
  const { session, signOut, expire } = useSession()
  // Signing in here (not opening a tab already signed in) leaves focus nowhere: the form that had
  // it is gone. It goes to the first filter, where a lookup starts. A switch of servicer is not a
  // sign-in: its dialog hands focus back itself.
  const hadSession = useRef(session !== null)
  useEffect(() => {
    if (session && !hadSession.current)
      document.querySelector<HTMLElement>('form[role=search] input')?.focus()
    hadSession.current = session !== null
  }, [session])
  // Signed out, the URL stays as it is: signing in brings back the same view.
  if (!session) return <SignInForm />
  return (
    <>
      <a
        className="skip-link"
        href="#calls-title"
        onClick={(event) => {
          // Focus moves; the page does not navigate. A fragment navigation would add a history
          // entry and fire popstate, dropping a change of view whose entry is still to be written.
          event.preventDefault()
          document.getElementById('calls-title')?.focus()
        }}
      >
        Skip to results
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <h1>Call history</h1>
          <p className="scope">
            Tenant <strong>{session.tenantId}</strong> · Servicer{' '}
            <strong>{session.servicerId}</strong>
          </p>
          <div className="header-actions">
            <ThemeSelect />
            <SwitchServicer />
            <button type="button" className="button" onClick={signOut}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <OfflineBanner detail="Searches wait, and run as soon as the connection is back." />
      <main className="app-main">
        {/* Keyed by servicer: a switch starts the page afresh, keeping only the URL's view. */}
        <CallsPage
          key={`${session.tenantId}/${session.servicerId}`}
          credentials={session}
          onUnauthorized={expire}
          onSignOut={signOut}
        />
      </main>
    </>
  )
}
