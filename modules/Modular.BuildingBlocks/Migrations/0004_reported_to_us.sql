-- The one cross-jurisdiction read, in the database's wall too. The host gives every table with a
-- jurisdiction_id the policy "jurisdiction_wall" (a connection sees only its own jurisdiction's rows);
-- these read-only policies add, for the parent, the approved nominations reported to it and their
-- steps (NominationService.ReportedToUsAsync). Policies of one table are OR-ed: nothing else widens.
CREATE POLICY reported_to_us ON nominations FOR SELECT
    USING (status = 'Approved'
           AND reported_to_jurisdiction_id = (SELECT nullif(current_setting('modular.jurisdiction', true), '')::integer));

CREATE POLICY reported_to_us ON nomination_steps FOR SELECT
    USING (EXISTS (SELECT 1 FROM nominations n
                    WHERE n.jurisdiction_id = nomination_steps.jurisdiction_id AND n.id = nomination_steps.nomination_id
                      AND n.status = 'Approved'
                      AND n.reported_to_jurisdiction_id = (SELECT nullif(current_setting('modular.jurisdiction', true), '')::integer)));
