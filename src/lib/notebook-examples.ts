// The SQL notebook's worked examples for a study: only those its design and profile can answer (a one-wave survey
// has no paired comparisons or change; the published site has no per-person tables), written for its own waves.
import type {Lang} from "./i18n.js";
import type {Text} from "./types.js";

/** A worked example: a button that fills the cell. */
export interface ExampleQuery {
  label: Text;
  sql: string;
}

/** What decides the examples: the declared waves (study.json) and whether the site is the published one. */
export interface ExampleDesign {
  waves: readonly unknown[];
  published: boolean;
}

const PAIRED: ExampleQuery = {
  label: {zh: "配对比较结果", en: "Paired comparisons"},
  sql: `SELECT subscale, "group", wave_from, wave_to, n, round(mean_diff, 2) AS mean_diff,
       round(t, 2) AS t, round(p_t, 3) AS p, round(dz, 2) AS dz, round(p_holm, 3) AS p_holm
FROM comparisons
ORDER BY "group", subscale, wave_from, wave_to`
};

const MIDPOINT: ExampleQuery = {
  label: {zh: "与理论中值的比较", en: "Compared with the midpoint"},
  sql: `SELECT subscale, "group", wave, n, round(mean, 2) AS mean, midpoint, round(p_t, 3) AS p
FROM one_sample
ORDER BY subscale, "group", wave`
};

const RELIABILITY: ExampleQuery = {
  label: {zh: "各分量表信度", en: "Reliability by subscale"},
  sql: `SELECT subscale, "group", wave, n, k, round(alpha, 2) AS alpha
FROM reliability
ORDER BY subscale, "group", wave`
};

const MEANS: ExampleQuery = {
  label: {zh: "各分量表各时点均值", en: "Means by subscale and wave"},
  sql: `SELECT subscale, "group", wave, count(score) AS n,
       round(avg(score), 2) AS mean, round(stddev_samp(score), 2) AS sd
FROM scores
GROUP BY ALL
ORDER BY subscale, "group", wave`
};

const CHANGES: ExampleQuery = {
  label: {zh: "变化最大的参与者", en: "Largest individual changes"},
  sql: `SELECT participant, "group", subscale, wave_from, wave_to, round("from", 2) AS "from",
       round("to", 2) AS "to", round(rci, 2) AS rci, category
FROM change
ORDER BY abs(rci) DESC
LIMIT 10`
};

const MISSING: ExampleQuery = {
  label: {zh: "缺失得分", en: "Missing scores"},
  sql: `SELECT wave, subscale, count(*) FILTER (WHERE score IS NULL) AS missing, count(*) AS total
FROM scores
GROUP BY ALL
ORDER BY wave, subscale`
};

/** Item analysis, with each item's wording in the page's language. */
function itemAnalysis(lang: Lang): ExampleQuery {
  return {
    label: {zh: "题目分析", en: "Item analysis"},
    sql: `SELECT r.item, i.label_${lang} AS label, r.wave, round(r.item_total, 2) AS item_total,
       round(r.alpha_if_deleted, 2) AS alpha_if_deleted
FROM item_reliability r JOIN items i USING (instrument, item)
WHERE r."group" = 'all'
ORDER BY r.item, r.wave`
  };
}

/** Each item's mean answer at each wave, from the answer counts, with its wording in the page's language. */
function itemMeans(lang: Lang): ExampleQuery {
  return {
    label: {zh: "各时点题目平均分", en: "Item means by wave"},
    sql: `SELECT d.item, any_value(i.label_${lang}) AS label, d.wave,
       round(sum(d.value * d.n) / sum(d.n), 2) AS mean, sum(d.n) AS n
FROM distributions d JOIN items i USING (instrument, item)
GROUP BY d.item, d.wave
ORDER BY d.item, d.wave`
  };
}

/** The examples for a study, in the order the notebook offers them (the first fills the cell). */
export function notebookExamples({waves, published}: ExampleDesign, lang: Lang): ExampleQuery[] {
  const paired = waves.length >= 2;
  const examples = published
    ? [paired && PAIRED, MIDPOINT, RELIABILITY, itemAnalysis(lang)]
    : [MEANS, paired && PAIRED, paired && CHANGES, itemMeans(lang), MISSING];
  return examples.filter((example): example is ExampleQuery => Boolean(example));
}
