-- Activity rows for runs and calls recorded before the Activity index existed (ids and prefixes only; scopes of runs).
INSERT INTO `activity` (`kind`, `event`, `ref`, `simulation_id`, `catalog_id`, `client_row_id`, `outcome`, `is_error`, `summary`, `code_prefix`, `auth_code_id`, `created_at`)
SELECT 'simulation', 'run', s.`public_id`, s.`id`, s.`catalog_id`, s.`client_row_id`, s.`outcome`, s.`callback` = 'fail',
  CASE WHEN s.`callback` = 'fail' THEN 'fail callback' ELSE 'success callback' END,
  c.`code_prefix`, c.`id`, s.`created_at`
FROM `simulations` s LEFT JOIN `auth_codes` c ON c.`simulation_id` = s.`id`
ORDER BY s.`created_at`, s.`id`;
--> statement-breakpoint
INSERT OR IGNORE INTO `activity_scopes` (`activity_id`, `scope`, `created_at`)
SELECT a.`id`, j.`value`, a.`created_at`
FROM `activity` a JOIN `simulations` s ON s.`id` = a.`simulation_id`, json_each(CASE WHEN json_valid(s.`result`) THEN s.`result` ELSE '{}' END, '$.requestedScopes') j
WHERE j.`type` = 'text' AND length(j.`value`) BETWEEN 1 AND 64;
--> statement-breakpoint
INSERT INTO `activity_links` (`activity_id`, `target`, `target_id`, `role`, `prefix`, `created_at`)
SELECT a.`id`, 'code', a.`auth_code_id`, 'issued', a.`code_prefix`, a.`created_at`
FROM `activity` a WHERE a.`kind` = 'simulation' AND a.`auth_code_id` IS NOT NULL AND a.`code_prefix` IS NOT NULL;
--> statement-breakpoint
INSERT INTO `activity` (`kind`, `event`, `ref`, `api_call_id`, `catalog_id`, `client_row_id`, `outcome`, `is_error`, `summary`, `created_at`)
SELECT 'api-call', e.`event`, c.`public_id`, c.`id`, c.`catalog_id`, c.`client_row_id`, c.`result_code`, c.`result_code` <> 'SUCCESS',
  CASE WHEN e.`event` = 'other' THEN substr(c.`method` || ' ' || c.`path`, 1, 120) ELSE e.`label` END || ' → ' || c.`result_code`,
  c.`created_at`
FROM `api_calls` c JOIN (
  SELECT `id`,
    CASE
      WHEN `endpoint` LIKE '%.applyToken' AND json_valid(`request_body`) AND json_extract(`request_body`, '$.grantType') = 'REFRESH_TOKEN' THEN 'refresh'
      WHEN `endpoint` LIKE '%.applyToken' THEN 'redeem'
      WHEN `endpoint` LIKE '%.inquiryUserInfo%' THEN 'user-info'
      WHEN `endpoint` IN ('v2.revoke', 'v1.cancelToken') THEN 'revoke'
      ELSE 'other'
    END AS `event`,
    CASE
      WHEN `endpoint` LIKE '%.applyToken' AND json_valid(`request_body`) AND json_extract(`request_body`, '$.grantType') = 'REFRESH_TOKEN' THEN substr(`endpoint`, 1, 2) || ' applyToken (refresh)'
      WHEN `endpoint` LIKE '%.applyToken' THEN substr(`endpoint`, 1, 2) || ' applyToken (code)'
      WHEN `endpoint` LIKE '%.inquiryUserInfo%' THEN substr(`endpoint`, 1, 2) || ' inquiryUserInfo'
      ELSE substr(`endpoint`, 1, 2) || ' revoke'
    END AS `label`
  FROM `api_calls`
) e ON e.`id` = c.`id`
WHERE NOT EXISTS (SELECT 1 FROM `activity` x WHERE x.`ref` = c.`public_id`)
ORDER BY c.`created_at`, c.`id`;
