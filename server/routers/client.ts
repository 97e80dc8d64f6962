import { z } from "zod";
import { scopeNameSchema, slugSchema } from "@/server/domain/catalog/schema";
import { pemBody } from "@/server/domain/signing/signature";
import { clientIdSchema } from "@/server/domain/headless-schemas";
import * as clients from "@/server/services/clients";
import { allowed, createTRPCRouter } from "../trpc";

const signatureMode = z.enum(["strict", "off"]);
const allowedScopes = z.array(scopeNameSchema).max(500).nullable();
const publicKey = z.string().trim().min(1, "Paste a public key").max(16_384);

export const clientRouter = createTRPCRouter({
  list: allowed("read").input(z.object({ catalog: slugSchema.optional() })).query(({ ctx, input }) => clients.listClients(ctx.db, ctx.workspaceId, input.catalog)),

  byId: allowed("read").input(z.object({ clientId: clientIdSchema })).query(({ ctx, input }) => clients.getClient(ctx.db, input.clientId, ctx.workspaceId)),

  /** Register a client; without a public key the pair is generated and the private key returned once. */
  create: allowed("client.write")
    .input(
      z.object({
        catalog: slugSchema,
        name: z.string().trim().min(1).max(120),
        clientId: clientIdSchema.optional(),
        allowedScopes: allowedScopes.default(null),
        publicKey: publicKey.optional(),
        signatureMode: signatureMode.default("strict"),
      }),
    )
    .mutation(({ ctx, input }) =>
      clients.registerClient(ctx.db, {
        workspaceId: ctx.workspaceId,
        catalogSlug: input.catalog,
        name: input.name,
        clientId: input.clientId,
        allowedScopes: input.allowedScopes,
        publicKey: input.publicKey,
        signatureMode: input.signatureMode,
        now: ctx.now(),
      }),
    ),

  update: allowed("client.write")
    .input(
      z.object({
        clientId: clientIdSchema,
        name: z.string().trim().min(1).max(120).optional(),
        allowedScopes: allowedScopes.optional(),
        signatureMode: signatureMode.optional(),
        publicKey: publicKey.optional(),
      }),
    )
    .mutation(({ ctx, input }) => clients.updateClient(ctx.db, { ...input, workspaceId: ctx.workspaceId, now: ctx.now() })),

  rotateKey: allowed("client.write")
    .input(z.object({ clientId: clientIdSchema }))
    .mutation(({ ctx, input }) => clients.rotateClientKey(ctx.db, { workspaceId: ctx.workspaceId, clientId: input.clientId, now: ctx.now() })),

  delete: allowed("client.write").input(z.object({ clientId: clientIdSchema })).mutation(({ ctx, input }) => clients.deleteClient(ctx.db, input.clientId, ctx.workspaceId)),

  /** The wallet's public key for verifying response signatures (PEM and the bare base64 consoles show). */
  walletKey: allowed("read").input(z.object({ catalog: slugSchema })).query(async ({ ctx, input }) => {
    const key = await clients.walletPublicKey(ctx.db, input.catalog, ctx.workspaceId, ctx.now());
    return { ...key, base64: pemBody(key.publicKeyPem) };
  }),
});
