# One image for the API and the worker (the command picks which); the web app is built into it
# and served by the API. Used by docker-compose.yml's `app` profile.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
WORKDIR /app/server
EXPOSE 3000
# Migrations run once per deploy (`docker compose run --rm migrate`), not on every replica's start.
# The same command as `npm start` (server/package.json), heap size included: docs/deployment.md.
CMD ["node", "--max-old-space-size=512", "--import", "tsx", "src/server.ts"]
