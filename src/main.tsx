import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { applyDisplayPreferences } from './components/ui/display-preferences'
import { loadRuntimeConfig } from './config/runtime-config'
import './styles.css'

applyDisplayPreferences()
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The first render is a transition: React renders the whole page in slices of a few ms and lets the
// browser in between, instead of one task that blocks input for as long as the page takes.
void loadRuntimeConfig().then((config) =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  ),
)
