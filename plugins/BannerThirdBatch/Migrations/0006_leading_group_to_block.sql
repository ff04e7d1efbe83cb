-- 三(二) 旗学习实践活动领导小组 moves to the SDK's leading-bodies block (blocks.leading_bodies, kind
-- banner-third-batch/leading-group): one LeadingGroup body per jurisdiction at the banner's own organization — the roster's
-- root as the organization tree picks it (no parent; a party committee first, then the lowest id). Every recorded group
-- keeps its version, who saved it and when (set up: its last save, the only time kept); its members become seats in the
-- group's order (leader, deputies, members; by person within each), each member's liaison point (联系点, a sumu/town's
-- organization id) the seat's liaison organization. Then the plugin's own tables go. (A group needs the roster, so every
-- jurisdiction with one has a root.)
CREATE TEMPORARY TABLE banner_of ON COMMIT DROP AS
SELECT DISTINCT ON (o.jurisdiction_id) o.jurisdiction_id, o.id AS organization_id
FROM roster.organizations o
WHERE o.parent_id IS NULL
ORDER BY o.jurisdiction_id, CASE o.kind WHEN 'PartyCommittee' THEN 0 ELSE 1 END, o.id;

INSERT INTO blocks.leading_bodies (jurisdiction_id, plugin_id, kind, organization_id, body_type, version, saved_by, saved_at, established_at)
SELECT g.jurisdiction_id, 'banner-third-batch', 'leading-group', b.organization_id, 'LeadingGroup', g.version, g.saved_by, g.saved_at, g.saved_at
FROM leading_groups g
JOIN banner_of b ON b.jurisdiction_id = g.jurisdiction_id;

INSERT INTO blocks.leading_body_seats (jurisdiction_id, plugin_id, kind, organization_id, body_type, position, person_id, role, liaison_organization_id)
SELECT m.jurisdiction_id, 'banner-third-batch', 'leading-group', b.organization_id, 'LeadingGroup',
       row_number() OVER (PARTITION BY m.jurisdiction_id
                          ORDER BY CASE m.role WHEN 'Leader' THEN 0 WHEN 'Deputy' THEN 1 ELSE 2 END, m.person_id)::integer,
       m.person_id, m.role, m.liaison_town_id
FROM leading_group_members m
JOIN banner_of b ON b.jurisdiction_id = m.jurisdiction_id;

DROP TABLE leading_group_members;
DROP TABLE leading_groups;
