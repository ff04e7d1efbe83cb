-- 四(一) 领导小组 moves to the SDK's leading-bodies block (blocks.leading_bodies, kind institute-branch-plan/leading-group,
-- one LeadingGroup per branch): every recorded group with its version, who saved it and when (set up: its last save, the
-- only time kept), its seats in the group's order (leader, deputies, members; by person within each); then the plugin's own
-- tables go. The block holds everything they held.
INSERT INTO blocks.leading_bodies (jurisdiction_id, plugin_id, kind, organization_id, body_type, version, saved_by, saved_at, established_at)
SELECT g.jurisdiction_id, 'institute-branch-plan', 'leading-group', g.organization_id, 'LeadingGroup', g.version, g.saved_by, g.saved_at, g.saved_at
FROM leading_groups g;

INSERT INTO blocks.leading_body_seats (jurisdiction_id, plugin_id, kind, organization_id, body_type, position, person_id, role)
SELECT s.jurisdiction_id, 'institute-branch-plan', 'leading-group', s.organization_id, 'LeadingGroup',
       row_number() OVER (PARTITION BY s.jurisdiction_id, s.organization_id
                          ORDER BY CASE s.role WHEN 'Leader' THEN 0 WHEN 'Deputy' THEN 1 ELSE 2 END, s.person_id)::integer,
       s.person_id, s.role
FROM leading_group_seats s;

DROP TABLE leading_group_seats;
DROP TABLE leading_groups;
