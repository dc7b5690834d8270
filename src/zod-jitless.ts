// Imported first by main.tsx, before any schema module is evaluated. zod probes `new Function('')`
// once, when its first object schema is built, to choose its JIT parser; under our Content Security
// Policy (no 'unsafe-eval') that probe is refused and the browser reports a violation. Jitless
// parsing is what runs there anyway, so we ask for it up front and the policy stays clean.
import { config } from 'zod/mini'

config({ jitless: true })
