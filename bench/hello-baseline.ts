// The yardstick of row 1: a bare React 19 hello world, built by the same Vite (and React plugin)
// inside node_modules/ (so it resolves the project's react), gzip-level-9 size of its scripts.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

export async function buildHelloWorld(outRoot: string): Promise<number> {
  const root = resolve('node_modules', `.bench-hello-${process.pid}`)
  mkdirSync(root, { recursive: true })
  try {
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html lang="en"><head><title>Hello</title></head><body><div id="root"></div><script type="module" src="/main.jsx"></script></body></html>',
    )
    writeFileSync(
      join(root, 'main.jsx'),
      "import { StrictMode } from 'react'\nimport { createRoot } from 'react-dom/client'\ncreateRoot(document.getElementById('root')).render(<StrictMode><h1>Hello, world</h1></StrictMode>)\n",
    )
    const outDir = join(outRoot, 'hello')
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir, emptyOutDir: true },
    })
    const assets = join(outDir, 'assets')
    return readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
