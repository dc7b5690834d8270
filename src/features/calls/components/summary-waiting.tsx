/**
 * The summary before the number of matching calls is known. The calls page shows it (below the
 * results) from the first render, before the summary's code is fetched, so a reader scrolled down
 * to it sees where it will be.
 */
export function SummaryWaiting() {
  return (
    <section className="summary card" aria-labelledby="summary-waiting-title">
      <div className="summary-header">
        <h2 id="summary-waiting-title">Summary</h2>
        <p className="busy" />
      </div>
      <p className="hint">The summary follows as soon as the number of matching calls is known.</p>
    </section>
  )
}
