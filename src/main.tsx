import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { applyDisplayPreferences } from './components/ui/display-preferences'
import { loadRuntimeConfig } from './config/runtime-config'
import './styles.css'

applyDisplayPreferences()
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

void loadRuntimeConfig().then((config) =>
  createRoot(root).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  ),
)
