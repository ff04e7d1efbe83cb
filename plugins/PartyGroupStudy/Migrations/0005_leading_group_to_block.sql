-- 五(一) 领导小组 and its 办公室 move to the SDK's leading-bodies block (blocks.leading_bodies, kind
-- party-group-study/leading-group, at the party group's organization): each jurisdiction's group becomes a LeadingGroup
-- body with its seats in the group's order (leader, deputies, members; by person within each), and its office a
-- WorkingOffice body whose one seat is the director (主任) as head — the name as recorded, the person when linked. Both
-- keep the group's version, who saved it and when (set up: its last save, the only time kept). Then the plugin's own
-- tables go; member_units (分管和联系单位) stay here, keyed by the jurisdiction as before.
INSERT INTO blocks.leading_bodies (jurisdiction_id, plugin_id, kind, organization_id, body_type, version, saved_by, saved_at, established_at)
SELECT g.jurisdiction_id, 'party-group-study', 'leading-group', g.organization_id, b.body_type, g.version, g.saved_by, g.saved_at, g.saved_at
FROM leading_groups g
CROSS JOIN (VALUES ('LeadingGroup'), ('WorkingOffice')) AS b (body_type);

INSERT INTO blocks.leading_body_seats (jurisdiction_id, plugin_id, kind, organization_id, body_type, position, person_id, role)
SELECT s.jurisdiction_id, 'party-group-study', 'leading-group', g.organization_id, 'LeadingGroup',
       row_number() OVER (PARTITION BY s.jurisdiction_id
                          ORDER BY CASE s.role WHEN 'Leader' THEN 0 WHEN 'Deputy' THEN 1 ELSE 2 END, s.person_id)::integer,
       s.person_id, s.role
FROM leading_group_seats s
JOIN leading_groups g ON g.jurisdiction_id = s.jurisdiction_id;

INSERT INTO blocks.leading_body_seats (jurisdiction_id, plugin_id, kind, organization_id, body_type, position, person_id, name, role)
SELECT g.jurisdiction_id, 'party-group-study', 'leading-group', g.organization_id, 'WorkingOffice', 1, g.director_person_id, g.director_name, 'Director'
FROM leading_groups g;

DROP TABLE leading_group_seats;
DROP TABLE leading_groups;
