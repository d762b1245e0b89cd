# syntax=docker/dockerfile:1
# scripts/check-runtime-image.ts replays both stages without Docker; `npm run check:image` (run by
# .ci/run after `npm test`) fails when a file or dependency this image would miss.

# Build: compile TypeScript with the dev dependencies.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
# tsc copies no data files: the EDICT and sudachi tables (and their licences) go beside the compiled loaders.
RUN npm run build && mkdir -p data

# Runtime: production dependencies, the compiled code and the notes; runs as the unprivileged
# `node` user that the official image provides.
FROM node:24-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Baked-in notes; mount your own over them read-only: -v ./content:/app/content:ro
COPY content ./content
# The question store (DATABASE_URL defaults to file:data/meetup-bot.db): an empty folder owned by
# `node` (so a fresh named volume is writable), declared a volume so it outlives the container.
COPY --from=build --chown=node:node /app/data ./data
VOLUME ["/app/data"]
USER node
EXPOSE 8080 3000
# node:24-slim has no curl; Node's fetch does the job. HEALTH_PORT=0 turns the check into a
# failure, so leave it on in containers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# --v8-pool-size=0 sizes V8's background threads to the cores less one (Node's default is four
# whatever the cores), so they leave the bot's main thread a core to answer on; on two cores the
# default made the slowest asks two to three times slower. The bench starts the bot with this CMD.
CMD ["node", "--v8-pool-size=0", "dist/src/main.js"]
