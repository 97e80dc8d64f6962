/**
 * What a fault rule can target and answer, apart from the rule's zod schema (`faults.ts`) so the
 * fault-rule form offers the same choices without loading zod.
 */
export const FAULT_ENDPOINTS = ["*", "applyToken", "applyToken:AUTHORIZATION_CODE", "applyToken:REFRESH_TOKEN", "inquiryUserInfo", "revoke"] as const;
export type FaultEndpoint = (typeof FAULT_ENDPOINTS)[number];

export const FAULT_HTTP_STATUSES = [500, 502, 503, 504] as const;
