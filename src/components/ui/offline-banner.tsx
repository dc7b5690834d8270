import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

/**
 * Says that the browser is offline, for as long as it is. What waits for the connection (React
 * Query pauses its requests, and asks again on reconnect) is the caller's to describe in `detail`.
 */
export function OfflineBanner({ detail }: { detail: string }) {
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  )
  return (
    <div role="status" className="offline-slot">
      {!online && (
        <p className="notice notice-warning offline-banner">
          <strong>You are offline.</strong> {detail}
        </p>
      )}
    </div>
  )
}
