/** The team-mode server's bootstrap owner (STUDIO_ADMIN_EMAIL / STUDIO_ADMIN_PASSWORD in playwright.config.ts). */
export const TEAM_OWNER = { email: "owner@e2e.example", password: "e2e owner password" };
