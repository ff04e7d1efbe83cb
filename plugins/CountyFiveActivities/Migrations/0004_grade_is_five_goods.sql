-- 先进 means the five goods are met (GradingRule): one rule instead of two that could disagree. A score saved under the
-- old rules was 先进 when its total reached grade.advancedMin and five-goods when every good reached fiveGoods.minPerGood,
-- each on its own; now both together make a five-goods organization, and that is 先进. Under the settings the score was
-- saved with: five-goods only when it was also 先进; a 先进 score short of a good is 中间 (its total was above the lagging line).
UPDATE five_goods_scores SET five_goods = (five_goods AND grade = 'Advanced');
UPDATE five_goods_scores SET grade = 'Middle' WHERE grade = 'Advanced' AND NOT five_goods;
