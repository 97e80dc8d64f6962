/**
 * The `my` shim: a script that defines `my.getAuthCode` for a mini program's own code running in a
 * browser (web preview, Storybook, Playwright), with the catalog's behaviour. Each call asks the
 * studio for a real run (`POST /api/jsapi/<slug>/getAuthCode`): the code it hands to `success` is a
 * real auth code the team's backend can redeem at the mock wallet.
 *
 * The scenario (outcome, refused scopes, test user, client) comes from the script URL
 * (`my.js?outcome=partial&refuse=KYC_INFO`) or is set at run time with `my.__studio.scenario({…})`.
 * Callbacks as the wallet calls them: `success` or `fail` with the payload, then `complete`. Called
 * without callbacks it returns a promise (assumed: no source documents a promise form of
 * my.getAuthCode) that resolves with the success payload and rejects with the fail payload. When the
 * studio cannot be reached, or refuses the call, the error is thrown (promise form) or logged.
 */

export type ShimScenario = { outcome: string; refuse: string[]; user?: string; client?: string };

export type ShimConfig = {
  /** The studio's origin the shim calls back to. */
  origin: string;
  slug: string;
  scenario: ShimScenario;
  /** Team mode: a CI key of the workspace, sent as a Bearer key. */
  key: string | null;
};

/** The scenario a script URL names; unknown values are left for the server to refuse. */
export function scenarioFromQuery(query: URLSearchParams): ShimScenario {
  const refuse = (query.get("refuse") ?? "")
    .split(",")
    .map((scope) => scope.trim())
    .filter((scope) => scope.length > 0)
    .slice(0, 500);
  return { outcome: query.get("outcome") ?? "approve", refuse, user: query.get("user") ?? undefined, client: query.get("client") ?? undefined };
}

/** The script, with its configuration as JSON (never spliced into code as text). */
export function buildShimScript(config: ShimConfig): string {
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  return `/* AuthCode Studio: my.getAuthCode for the "${config.slug.replace(/[^a-z0-9-]/g, "")}" catalog. Generated; see the studio's README, "The my shim". */
(function () {
  "use strict";
  var config = ${json};
  var scenario = Object.assign({}, config.scenario);
  function call(fn, value) {
    if (typeof fn === "function") fn(value);
  }
  function getAuthCode(options) {
    var opts = options || {};
    var params = {};
    Object.keys(opts).forEach(function (name) {
      var value = opts[name];
      if (["scopes", "success", "fail", "complete"].indexOf(name) < 0 && ["string", "number", "boolean"].indexOf(typeof value) >= 0) params[name] = value;
    });
    var body = { scopes: opts.scopes, params: params, outcome: scenario.outcome, refuse: scenario.refuse || [], user: scenario.user, client: scenario.client };
    var headers = { "Content-Type": "application/json" };
    if (config.key) headers.Authorization = "Bearer " + config.key;
    var result = fetch(config.origin + "/api/jsapi/" + encodeURIComponent(config.slug) + "/getAuthCode", {
      method: "POST",
      headers: headers,
      body: JSON.stringify(body),
      credentials: "omit",
    })
      .then(function (response) {
        return response.json().then(function (answer) {
          if (!response.ok) {
            var message = answer && answer.error ? answer.error.message : "HTTP " + response.status;
            throw new Error("AuthCode Studio could not run my.getAuthCode: " + message);
          }
          return answer;
        });
      })
      .then(function (answer) {
        if (answer.callback === "success") call(opts.success, answer.payload);
        else call(opts.fail, answer.payload);
        call(opts.complete, answer.complete);
        return answer;
      });
    if (typeof opts.success === "function" || typeof opts.fail === "function" || typeof opts.complete === "function") {
      return result.then(
        function () {},
        function (error) {
          console.error(error);
        },
      );
    }
    return result.then(function (answer) {
      return answer.callback === "success" ? answer.payload : Promise.reject(answer.payload);
    });
  }
  var root = typeof window !== "undefined" ? window : globalThis;
  root.my = root.my || {};
  root.my.getAuthCode = getAuthCode;
  root.my.__studio = {
    /** Change the outcome of the next calls: { outcome, refuse, user, client }. */
    scenario: function (next) {
      scenario = Object.assign({}, scenario, next || {});
      return Object.assign({}, scenario);
    },
    config: function () {
      return { origin: config.origin, slug: config.slug, scenario: Object.assign({}, scenario) };
    },
  };
})();
`;
}
