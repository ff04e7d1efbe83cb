-- Each author's texts of a kind as other modules' SQL may join them: how many, and when the first was submitted.
-- Plugins read it through PluginDbContext.CountedTextAuthors(kind) (the SDK's CountedTextAuthor), so they can count who
-- wrote on time per organization in one query with roster.members instead of reading every author's tally. Its columns
-- are a contract: add, never rename or drop.
-- security_invoker: the reader's row-level security on counted_texts applies, not the view owner's. A filter on the
-- grouped columns (jurisdiction, plugin, kind, author) reaches the table's index under the grouping.
CREATE VIEW counted_text_authors WITH (security_invoker = true) AS
SELECT jurisdiction_id, plugin_id, kind, author_person_id, count(*)::int AS texts, min(submitted_at) AS first_submitted_at
  FROM counted_texts
 GROUP BY jurisdiction_id, plugin_id, kind, author_person_id;
COMMENT ON VIEW counted_text_authors IS 'Published to plugins (SDK CountedTextAuthor): per author and kind, the texts and the first submission.';
