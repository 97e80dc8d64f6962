/** The product's areas, in navigation order (shared by the sidebar and the home page). */
export const NAV_ITEMS = [
  { href: "/explorer", label: "Explorer", description: "Search and compare scopes across wallets" },
  { href: "/catalogs", label: "Catalogs", description: "Edit, import and export regional scope catalogs" },
  { href: "/simulator", label: "Simulator", description: "Run my.getAuthCode flows with any outcome" },
  { href: "/activity", label: "Activity", description: "Generated codes, tokens and error outcomes" },
  { href: "/snippets", label: "Snippets", description: "Typed client code per catalog" },
  { href: "/workspace", label: "Workspace", description: "Members, invitations, CI keys and roles" },
] as const;
