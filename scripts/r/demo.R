# The demo studies' result tables computed by R from the ingest's own scores and responses.
#
# Reads test/fixtures/r/demo-<study>-{scores,responses,design}.csv (written by export-demo.ts with the fixed key
# "evalbook-demo") and writes test/fixtures/r/demo-<study>.json: comparisons, one_sample, between_groups,
# reliability, item_reliability and change, one row per row of the ingest's Parquet table, computed with base R.
# test/loaders/ingest/demo-vs-r.test.ts compares the ingest's tables with them. Base R only.

args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[[1]] else "test/fixtures/r"
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "common.R"))
studies <- c("p-street", "q-school", "z-village")
critical <- 1.96

words <- function(x) if (is.na(x) || x == "") character(0) else strsplit(x, " ", fixed = TRUE)[[1]]

# Scores of one instrument part at one wave for the members of `group` ("all": everyone there), by participant.
scores_at <- function(scores, instrument, part, wave, group) {
  s <- scores[scores$instrument == instrument & scores$subscale == part & scores$wave == wave, ]
  if (group != "all") s <- s[s$group == group, ]
  s[order(s$participant), ]
}

# Members at both waves, their scores side by side (NA where a score is missing).
paired_scores <- function(scores, instrument, part, from, to, group) {
  a <- scores_at(scores, instrument, part, from, group)
  b <- scores_at(scores, instrument, part, to, group)
  ids <- sort(intersect(a$participant, b$participant))
  data.frame(participant = ids, from = a$score[match(ids, a$participant)], to = b$score[match(ids, b$participant)])
}

comparisons <- function(scores, d, groups, from, to) {
  rows <- list()
  for (group in groups) {
    family <- lapply(words(d$parts), function(part) {
      p <- paired_scores(scores, d$instrument, part, from, to, group)
      p <- p[complete.cases(p$from, p$to), ]
      res <- location_tests(p$to - p$from, 0)
      list(
        instrument = d$instrument, subscale = part, group = group, wave_from = from, wave_to = to,
        n = nrow(p), mean_from = mean(p$from), sd_from = sd(p$from), mean_to = mean(p$to), sd_to = sd(p$to),
        mean_diff = res$mean_diff, diff_ci_low = res$ci_low, diff_ci_high = res$ci_high,
        t = res$t, df = res$df, p_t = res$p_t,
        wilcoxon_v = res$wilcoxon_v, p_wilcoxon = res$p_wilcoxon, wilcoxon_method = res$wilcoxon_method,
        dz = res$d, dz_ci_low = res$d_ci_low, dz_ci_high = res$d_ci_high,
        g_av = res$mean_diff / ((sd(p$from) + sd(p$to)) / 2) * hedges_j(nrow(p) - 1),
        rank_biserial = res$rank_biserial
      )
    })
    # Holm within the instrument's subscales; `total` is a family of its own.
    sub <- vapply(family, function(r) r$subscale != "total", TRUE)
    p_holm <- vapply(family, function(r) r$p_t, 0)
    p_w_holm <- vapply(family, function(r) r$p_wilcoxon, 0)
    p_holm[sub] <- p.adjust(p_holm[sub], "holm")
    p_w_holm[sub] <- p.adjust(p_w_holm[sub], "holm")
    for (i in seq_along(family)) {
      rows[[length(rows) + 1]] <- c(family[[i]], list(p_holm = p_holm[i], p_wilcoxon_holm = p_w_holm[i]))
    }
  }
  rows
}

one_sample <- function(scores, d, groups, waves) {
  if (is.na(d$midpoint)) return(list())
  rows <- list()
  for (group in groups) for (wave in waves) for (part in words(d$parts)) {
    x <- scores_at(scores, d$instrument, part, wave, group)$score
    x <- x[!is.na(x)]
    res <- location_tests(x, d$midpoint)
    rows[[length(rows) + 1]] <- c(
      list(instrument = d$instrument, subscale = part, group = group, wave = wave, midpoint = d$midpoint,
           n = length(x), mean = mean(x), sd = sd(x)),
      res
    )
  }
  rows
}

two_sample <- function(xs, ys) {
  xs <- xs[!is.na(xs)]
  ys <- ys[!is.na(ys)]
  tt <- t.test(xs, ys, conf.level = conf_level)
  wt <- suppressWarnings(wilcox.test(xs, ys))
  nx <- length(xs)
  ny <- length(ys)
  pooled <- sqrt(((nx - 1) * var(xs) + (ny - 1) * var(ys)) / (nx + ny - 2))
  w <- unname(wt$statistic)
  list(
    n_x = nx, n_y = ny, mean_x = mean(xs), sd_x = sd(xs), mean_y = mean(ys), sd_y = sd(ys),
    mean_diff = mean(xs) - mean(ys), diff_ci_low = tt$conf.int[1], diff_ci_high = tt$conf.int[2],
    t = unname(tt$statistic), df = unname(tt$parameter), p_t = tt$p.value,
    wilcoxon_w = w, p_wilcoxon = wt$p.value, wilcoxon_method = if (is_exact(wt)) "exact" else "normal",
    g = (mean(xs) - mean(ys)) / pooled * hedges_j(nx + ny - 2),
    rank_biserial = 2 * w / (nx * ny) - 1
  )
}

between_groups <- function(scores, d, groups, waves, from, to) {
  rows <- list()
  groups <- setdiff(groups, "all")
  for (i in seq_along(groups)) for (y in groups[-seq_len(i)]) {
    x <- groups[i]
    for (part in words(d$parts)) {
      key <- list(instrument = d$instrument, subscale = part, group_x = x, group_y = y)
      for (wave in waves) {
        res <- two_sample(scores_at(scores, d$instrument, part, wave, x)$score,
                          scores_at(scores, d$instrument, part, wave, y)$score)
        rows[[length(rows) + 1]] <- c(key, list(measure = wave), res)
      }
      change <- function(g) with(paired_scores(scores, d$instrument, part, from, to, g), to - from)
      rows[[length(rows) + 1]] <- c(key, list(measure = paste0("change:", from, "-", to)), two_sample(change(x), change(y)))
    }
  }
  rows
}

reliability <- function(responses, d, groups, waves) {
  scales <- list()
  items <- list()
  for (part in words(d$parts)) for (group in groups) for (wave in waves) {
    r <- responses[responses$instrument == d$instrument & responses$wave == wave, ]
    if (group != "all") r <- r[r$group == group, ]
    if (part != "total") r <- r[r$subscale == part, ]
    if (nrow(r) == 0) next
    ids <- sort(unique(r$participant))
    item_ids <- unique(r$item)
    X <- matrix(NA_real_, length(ids), length(item_ids))
    X[cbind(match(r$participant, ids), match(r$item, item_ids))] <- r$value
    # psych::alpha's default: pairwise covariances over everyone who answered at least one item.
    answered <- X[rowSums(!is.na(X)) > 0, , drop = FALSE]
    C <- suppressWarnings(cov(answered, use = "pairwise.complete.obs"))
    alpha_pairwise <- ncol(X) / (ncol(X) - 1) * (1 - sum(diag(C)) / sum(C))
    X <- X[complete.cases(X), , drop = FALSE]
    k <- ncol(X)
    a <- alpha_of(X)
    df1 <- nrow(X) - 1
    df2 <- df1 * (k - 1)
    tail <- (1 - conf_level) / 2
    key <- list(instrument = d$instrument, subscale = part, group = group, wave = wave)
    scales[[length(scales) + 1]] <- c(key, list(
      alpha = a, ci_low = 1 - (1 - a) * qf(1 - tail, df1, df2), ci_high = 1 - (1 - a) * qf(tail, df1, df2),
      n = nrow(X), k = k, alpha_pairwise = alpha_pairwise, n_pairwise = nrow(answered)
    ))
    for (j in seq_len(k)) {
      items[[length(items) + 1]] <- c(key, list(
        item = item_ids[j],
        # NA (with a warning) where an item or the rest is constant, as the ingest gives null.
        item_total = suppressWarnings(cor(X[, j], rowSums(X[, -j, drop = FALSE]))),
        alpha_if_deleted = alpha_of(X[, -j, drop = FALSE])
      ))
    }
  }
  list(scales = scales, items = items)
}

change <- function(scores, d, groups, from, to, alphas) {
  rows <- list()
  if (length(groups) > 1) groups <- setdiff(groups, "all")
  waves <- words(d$waves)
  # A participant's group at the first wave they answered.
  first_group <- function(id) {
    s <- scores[scores$participant == id, ]
    s$group[order(match(s$wave, waves))][1]
  }
  for (part in words(d$parts)) for (group in groups) {
    baseline <- scores_at(scores, d$instrument, part, from, group)$score
    baseline <- baseline[!is.na(baseline)]
    sd_from <- if (length(baseline) > 1) sd(baseline) else NA
    alpha <- Filter(function(a) a$subscale == part && a$group == group && a$wave == from, alphas)
    r <- if (!is.na(d$reliability)) d$reliability else if (length(alpha)) alpha[[1]]$alpha else NA
    sediff <- sd_from * sqrt(2) * sqrt(1 - r)
    p <- paired_scores(scores, d$instrument, part, from, to, group)
    p <- p[complete.cases(p$from, p$to), ]
    for (i in seq_len(nrow(p))) {
      rci <- if (!is.na(sediff) && sediff > 0) (p$to[i] - p$from[i]) / sediff else NA
      better <- if (d$higher_is_better) rci else -rci
      rows[[length(rows) + 1]] <- list(
        participant = p$participant[i], group = first_group(p$participant[i]),
        instrument = d$instrument, subscale = part, wave_from = from, wave_to = to,
        from = p$from[i], to = p$to[i], change = p$to[i] - p$from[i], sd_from = sd_from,
        reliability = r, reliability_source = if (is.na(d$reliability)) "alpha" else "study",
        sediff = sediff, rci = rci,
        category = if (is.na(better)) NA_character_ else if (better > critical) "improved"
          else if (better < -critical) "deteriorated" else "unchanged"
      )
    }
  }
  rows
}

for (id in studies) {
  read <- function(name) {
    read.csv(file.path(dir, sprintf("demo-%s-%s.csv", id, name)), stringsAsFactors = FALSE,
             colClasses = c(participant = "character", group = "character", wave = "character"))
  }
  scores <- read("scores")
  responses <- read("responses")
  design <- read.csv(file.path(dir, sprintf("demo-%s-design.csv", id)), stringsAsFactors = FALSE)
  tables <- list(comparisons = list(), one_sample = list(), between_groups = list(), reliability = list(),
                 item_reliability = list(), change = list())
  for (i in seq_len(nrow(design))) {
    d <- as.list(design[i, ])
    d$between_groups <- as.logical(d$between_groups)
    d$higher_is_better <- as.logical(d$higher_is_better)
    waves <- words(d$waves)
    # Groups as the ingest reports them: `all` (everyone) first when there are several.
    present <- words(d$groups)
    groups <- if (length(present) > 1) c("all", present) else present
    from <- waves[1]
    to <- waves[length(waves)]
    rel <- reliability(responses, d, groups, waves)
    tables$comparisons <- c(tables$comparisons, comparisons(scores, d, groups, from, to))
    tables$one_sample <- c(tables$one_sample, one_sample(scores, d, groups, waves))
    if (isTRUE(d$between_groups)) {
      tables$between_groups <- c(tables$between_groups, between_groups(scores, d, groups, waves, from, to))
    }
    tables$reliability <- c(tables$reliability, rel$scales)
    tables$item_reliability <- c(tables$item_reliability, rel$items)
    tables$change <- c(tables$change, change(scores, d, groups, from, to, rel$scales))
  }
  body <- paste0(
    "{\"study\":", json(id), ",\"r_version\":", json(R.version.string), ",\n",
    paste(vapply(names(tables), function(name) {
      rows <- vapply(tables[[name]], json, "")
      sprintf("\"%s\":[\n%s\n]", name, paste(rows, collapse = ",\n"))
    }, ""), collapse = ",\n"),
    "}\n"
  )
  path <- file.path(dir, sprintf("demo-%s.json", id))
  writeLines(body, path, sep = "")
  message(sprintf("%s: %s", path, paste(sprintf("%s %d", names(tables), lengths(tables)), collapse = ", ")))
}
