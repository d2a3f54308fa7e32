-- Which of a batch's findings the findings table already holds (found live,
-- or by an earlier re-inspection): those are not sent again. The merchant and
-- code narrow the read to the table's sorting key. Arguments: merchants,
-- codes, finding ids (sets).
SELECT DISTINCT finding_id
FROM findings
WHERE merchant_id IN ? AND violation IN ? AND finding_id IN ?
