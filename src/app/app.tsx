export function App() {
  return (
    <main>
      <h1>Call history</h1>
      <p>
        The dashboard is on its way. The Call Tracking API answers at
        /calltrackingapi/calltracking/calls.
      </p>
    </main>
  )
}
