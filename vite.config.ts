import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser that runs ES2022 modules has modulepreload (Safari since 17); where one does
    // not, the lazy chunks still load, just without the early hint.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically is one file. Left alone, Rolldown splits modules
          // that a lazy chunk shares with the entry (react, valibot, dates) into common chunks that the
          // first load fetches anyway: more requests, and worse gzip than one file (+1.2 kB gzip with the servicer dialog lazy).
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'src/contract/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dashboard',
          environment: 'jsdom',
          // Whole-app tests drive jsdom through user-event against a real server: a few seconds
          // each on an idle machine, so the 5 s default fails them on a busy one.
          testTimeout: 15_000,
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/contract/**'],
          setupFiles: ['./src/test/setup.ts'],
        },
      },
    ],
  },
})
