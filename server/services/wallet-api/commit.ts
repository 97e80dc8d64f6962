/**
 * The commit stage: load the snapshot an operation needs, let the pure lifecycle rules decide, and
 * apply the decision's writes — all in one write transaction (BEGIN IMMEDIATE), so two requests
 * (or two processes) presenting the same code or refresh token are serialised and exactly one wins.
 * Returns the answer and what the call touched, which the record stage stores as it is.
 */
import type { ApiVersion } from "@/server/domain/catalog/schema";
import type { Clock } from "@/server/domain/clock";
import { unlockedFields } from "@/server/domain/flow/engine";
import { secretPrefix } from "@/server/domain/secrets";
import { formatWalletTime } from "@/server/domain/wallet-api/endpoints";
import { codeFailure } from "@/server/domain/wallet-api/result-codes";
import { decideAccess, decideCodeExchange, decideRefresh, MERCHANT_REVOKE_REASON, type CodeSnapshot, type DecisionContext, type TokenSnapshot } from "@/server/domain/wallet-api/lifecycle";
import { answer, presentedIn, type Answer, type Operation } from "@/server/domain/wallet-api/request";
import { projectProfile } from "@/server/domain/wallet-api/user-info";
import type { LinkTarget } from "../activity-record";
import type { ClientContext, IssuedToken, WalletContext, WalletStore } from "./store";

/** What a call touched, for Activity: the secret it presented (prefix and row), the grant, what it issued. */
export type CallEffects = {
  presented: { target: LinkTarget; targetId: number | null; prefix: string } | null;
  grantId: number | null;
  scopes: readonly string[];
  issued: Array<{ target: LinkTarget; id: number; prefix: string }>;
};

export type Committed = { answer: Answer; effects: CallEffects };

export const NO_EFFECTS: CallEffects = { presented: null, grantId: null, scopes: [], issued: [] };

export function commitOperation(
  store: WalletStore,
  call: { wallet: WalletContext; client: ClientContext; operation: Operation; clock: Clock; /** The called endpoint's version: result codes follow its naming. */ version: ApiVersion },
): Committed {
  const { wallet, client, operation, clock } = call;
  const ctx: DecisionContext = { catalogId: wallet.catalogId, client, version: call.version, now: clock.mock };
  const time = (ms: number) => formatWalletTime(ms, wallet.countryCode);
  const prefix = secretPrefix(presentedIn(operation).value);
  const policy = wallet.document.serverApi;

  switch (operation.kind) {
    case "exchange-code":
      return store.writeTransaction(() => {
        const code = store.code(operation.authCode);
        const touched = codeEffects(wallet, code, prefix);
        const { presented } = touched;
        const decision = decideCodeExchange(code, ctx, policy);
        if (!decision.ok) return refused(decision, touched);
        // Cannot fail under the write lock; kept as the guarantee should the locking ever change.
        if (!store.claimCode(decision.code.id, clock.mock)) return refused(answer(codeFailure("used", ctx.version), "It was redeemed before; codes are single-use."), { ...NO_EFFECTS, presented });
        const grantId = store.insertGrant({
          catalogId: wallet.catalogId,
          clientRowId: client.id,
          testUserId: decision.code.testUserId,
          authCodeId: decision.code.id,
          scopes: decision.code.scopes,
          refreshExpiresAt: decision.refreshTokenExpiresAt,
          createdAt: clock.mock,
        });
        const access = store.issueToken(grantId, "access", clock.mock, decision.accessTokenExpiresAt);
        const refresh = store.issueToken(grantId, "refresh", clock.mock, decision.refreshTokenExpiresAt);
        const customerId = store.customerId(decision.code.testUserId);
        return issued(access, refresh, customerId, time, { presented, grantId, scopes: decision.code.scopes, issued: [link("access-token", access), link("refresh-token", refresh)] });
      });

    case "refresh":
      return store.writeTransaction(() => {
        const token = store.token(operation.refreshToken);
        const touched = tokenEffects(wallet, "refresh-token", token, prefix);
        const { presented } = touched;
        const decision = decideRefresh(token, ctx, policy);
        if (!decision.ok) {
          if (decision.revokeGrant) store.revokeGrant(decision.revokeGrant.grantId, clock.mock, decision.revokeGrant.reason);
          return refused(decision, touched);
        }
        const { grant } = decision.token;
        let refresh: IssuedToken = { id: decision.token.id, secret: operation.refreshToken, prefix, expiresAt: decision.refreshTokenExpiresAt };
        if (decision.rotate) {
          if (!store.retireToken(decision.token.id, clock.mock)) return refused(answer("USED_REFRESH_TOKEN", "It was already exchanged for a newer one."), { ...NO_EFFECTS, presented });
          refresh = store.issueToken(grant.id, "refresh", clock.mock, decision.refreshTokenExpiresAt);
        }
        const access = store.issueToken(grant.id, "access", clock.mock, decision.accessTokenExpiresAt);
        const customerId = store.customerId(grant.testUserId);
        // Without rotation the same refresh token comes back: it was presented, not issued.
        const issuedLinks = [link("access-token", access), ...(decision.rotate ? [link("refresh-token", refresh)] : [])];
        return issued(access, refresh, customerId, time, { presented, grantId: grant.id, scopes: grant.scopes, issued: issuedLinks });
      });

    case "user-info": {
      // Read-only: no write lock needed.
      const token = store.token(operation.accessToken);
      const touched = tokenEffects(wallet, "access-token", token, prefix);
      const decision = decideAccess(token, ctx);
      if (!decision.ok) return refused(decision, touched);
      const fields = unlockedFields(wallet.document, decision.token.grant.scopes);
      return { answer: answer("SUCCESS", undefined, { fields: { userInfo: projectProfile(store.profile(decision.token.grant.testUserId), fields) } }), effects: touched };
    }

    case "revoke":
      return store.writeTransaction(() => {
        const token = store.token(operation.accessToken);
        const touched = tokenEffects(wallet, "access-token", token, prefix);
        const decision = decideAccess(token, ctx);
        if (!decision.ok) return refused(decision, touched);
        store.revokeGrant(decision.token.grant.id, clock.mock, MERCHANT_REVOKE_REASON);
        return { answer: answer("SUCCESS"), effects: touched };
      });
  }
}

/** A presented code, linked when it is one of this wallet's (whichever client it was issued for). */
export function codeEffects(wallet: WalletContext, code: CodeSnapshot | null, prefix: string): CallEffects {
  const own = code && code.catalogId === wallet.catalogId ? code : null;
  return { presented: { target: "code", targetId: own?.id ?? null, prefix }, grantId: null, scopes: own?.scopes ?? [], issued: [] };
}

/** A presented token, linked (with its grant) when it is one of this wallet's and of the kind the field names. */
export function tokenEffects(wallet: WalletContext, target: "access-token" | "refresh-token", token: TokenSnapshot | null, prefix: string): CallEffects {
  const own = token && token.grant.catalogId === wallet.catalogId && `${token.kind}-token` === target ? token : null;
  return { presented: { target, targetId: own?.id ?? null, prefix }, grantId: own?.grant.id ?? null, scopes: own?.grant.scopes ?? [], issued: [] };
}

function refused(refusal: { code: Answer["code"]; detail?: string }, effects: CallEffects): Committed {
  return { answer: answer(refusal.code, refusal.detail), effects };
}

function issued(access: IssuedToken, refresh: IssuedToken, customerId: string, time: (ms: number) => string, effects: CallEffects): Committed {
  return {
    answer: answer("SUCCESS", undefined, {
      fields: {
        accessToken: access.secret,
        accessTokenExpiryTime: time(access.expiresAt),
        refreshToken: refresh.secret,
        refreshTokenExpiryTime: time(refresh.expiresAt),
        customerId,
      },
    }),
    effects,
  };
}

function link(target: LinkTarget, token: IssuedToken) {
  return { target, id: token.id, prefix: token.prefix };
}
