# Reference values for src/lib/stats, computed by R itself.
#
# Writes one JSON fixture per function into test/fixtures/r/ (or the folder
# given as the first argument): randomised inputs (set.seed) and R's outputs at
# full precision. Base R only; JSON is written by hand so no package is needed.
# Regenerate with `npm run fixtures:r` (see scripts/r/README.md).

args <- commandArgs(trailingOnly = TRUE)
out_dir <- if (length(args) > 0) args[[1]] else "test/fixtures/r"
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "common.R"))
set.seed(20241123)
n_cases <- 240

# ---- Data generators -----------------------------------------------------
# Sizes cover the exact/normal switch of wilcox.test at 50.
draw_n <- function() if (runif(1) < 0.8) sample(3:49, 1) else sample(50:60, 1)

# Means of k Likert items (1..5) from a latent score: bounded, tied, often at the ends.
likert <- function(latent, k) {
  items <- vapply(seq_len(k), function(i) pmin(5, pmax(1, round(latent + rnorm(length(latent), 0, 0.8)))), numeric(length(latent)))
  if (is.matrix(items)) rowMeans(items) else mean(items)
}

# A pre/post pair of score vectors of one of several shapes.
draw_pair <- function(n) {
  shape <- sample(c("continuous", "rounded", "likert", "likert1", "skewed"), 1)
  shift <- rnorm(1, 0, 0.6)
  switch(shape,
    continuous = {
      from <- rnorm(n, 50, 10)
      list(shape = shape, from = from, to = from + rnorm(n, shift * 8, 6))
    },
    rounded = {
      from <- round(rnorm(n, 20, 5), 1)
      list(shape = shape, from = from, to = round(from + rnorm(n, shift * 3, 3), 1))
    },
    likert = {
      latent <- rnorm(n, runif(1, 2, 4), 0.9)
      k <- sample(2:8, 1)
      list(shape = shape, from = likert(latent, k), to = likert(latent + shift, k))
    },
    likert1 = {
      latent <- rnorm(n, runif(1, 2, 4), 1)
      list(shape = shape, from = likert(latent, 1), to = likert(latent + shift, 1))
    },
    skewed = {
      from <- round(rexp(n, 1 / 8), 1)
      list(shape = shape, from = from, to = round(pmax(0, from * exp(rnorm(n, shift / 2, 0.4))), 1))
    }
  )
}

# Sets a few entries to NA in some cases, to exercise the dropping of missing values.
with_missing <- function(x) {
  if (runif(1) < 0.25) x[sample(length(x), min(length(x) - 2, sample(1:3, 1)))] <- NA
  x
}

# Draws until `make` returns a case (it returns NULL when R cannot compute it).
draw_cases <- function(make) {
  cases <- list()
  while (length(cases) < n_cases) {
    case <- make()
    if (!is.null(case)) cases[[length(cases) + 1]] <- case
  }
  cases
}

# ---- pairedComparison ----------------------------------------------------
paired_case <- function() {
  pair <- draw_pair(draw_n())
  from <- with_missing(pair$from)
  to <- with_missing(pair$to)
  ok <- complete.cases(from, to)
  f <- from[ok]
  g <- to[ok]
  res <- tryCatch(location_tests(g - f, 0), error = function(e) NULL)
  if (is.null(res)) return(NULL)
  n <- length(f)
  list(
    shape = pair$shape, from = arr(from), to = arr(to),
    expected = list(
      n = n, mean_from = mean(f), sd_from = sd(f), mean_to = mean(g), sd_to = sd(g),
      mean_diff = res$mean_diff, diff_ci_low = res$ci_low, diff_ci_high = res$ci_high,
      t = res$t, df = res$df, p_t = res$p_t,
      wilcoxon_v = res$wilcoxon_v, p_wilcoxon = res$p_wilcoxon, wilcoxon_method = res$wilcoxon_method,
      dz = res$d, dz_ci_low = res$d_ci_low, dz_ci_high = res$d_ci_high,
      g_av = res$mean_diff / ((sd(f) + sd(g)) / 2) * hedges_j(n - 1),
      rank_biserial = res$rank_biserial
    )
  )
}

# ---- oneSampleTest -------------------------------------------------------
one_sample_case <- function() {
  pair <- draw_pair(draw_n())
  x <- with_missing(pair$to)
  present <- x[!is.na(x)]
  # A test value from the scale midpoint, near the mean, or equal to some scores (zeros).
  mu <- switch(sample(3, 1), 3, round(mean(present) + rnorm(1, 0, sd(present) / 2), 2), sample(present, 1))
  res <- tryCatch(location_tests(present, mu), error = function(e) NULL)
  if (is.null(res)) return(NULL)
  list(
    shape = pair$shape, x = arr(x), mu = mu,
    expected = c(list(n = length(present), mean = mean(present), sd = sd(present)), res)
  )
}

# ---- twoSampleTest -------------------------------------------------------
two_sample_case <- function() {
  shape <- sample(c("continuous", "mixed", "shared"), 1, prob = c(0.4, 0.3, 0.3))
  x <- if (shape == "continuous") rnorm(draw_n(), 50, 10) else draw_pair(draw_n())$to
  y <- switch(shape,
    continuous = rnorm(draw_n(), 50 + rnorm(1, 0, 6), runif(1, 5, 15)),
    mixed = draw_pair(draw_n())$from,
    # Values drawn from x (shifted or not), so that ties across groups occur.
    shared = sample(x, draw_n(), replace = TRUE) + sample(c(0, 0.5), 1)
  )
  x <- with_missing(x)
  y <- with_missing(y)
  xs <- x[!is.na(x)]
  ys <- y[!is.na(y)]
  tt <- tryCatch(t.test(xs, ys, conf.level = conf_level), error = function(e) NULL)
  if (is.null(tt)) return(NULL)
  wt <- suppressWarnings(wilcox.test(xs, ys))
  nx <- length(xs)
  ny <- length(ys)
  pooled <- sqrt(((nx - 1) * var(xs) + (ny - 1) * var(ys)) / (nx + ny - 2))
  w <- unname(wt$statistic)
  list(
    shape = shape, x = arr(x), y = arr(y),
    expected = list(
      n_x = nx, n_y = ny, mean_x = mean(xs), sd_x = sd(xs), mean_y = mean(ys), sd_y = sd(ys),
      mean_diff = mean(xs) - mean(ys), diff_ci_low = tt$conf.int[1], diff_ci_high = tt$conf.int[2],
      t = unname(tt$statistic), df = unname(tt$parameter), p_t = tt$p.value,
      wilcoxon_w = w, p_wilcoxon = wt$p.value, wilcoxon_method = if (is_exact(wt)) "exact" else "normal",
      g = (mean(xs) - mean(ys)) / pooled * hedges_j(nx + ny - 2),
      rank_biserial = 2 * w / (nx * ny) - 1
    )
  )
}

# ---- cronbachAlpha -------------------------------------------------------
alpha_case <- function() {
  n <- sample(3:60, 1)
  k <- sample(2:12, 1)
  top <- sample(c(4, 5, 7), 1)
  latent <- rnorm(n)
  loading <- runif(1, 0, 1.2)
  items <- vapply(seq_len(k), function(j) {
    pmin(top, pmax(1, round((top + 1) / 2 + loading * latent + rnorm(n, runif(1, -0.5, 0.5), 1))))
  }, numeric(n))
  if (runif(1) < 0.25) items[sample(length(items), sample(1:4, 1))] <- NA
  X <- items[complete.cases(items), , drop = FALSE]
  if (nrow(X) < 3 || any(apply(X, 2, var) == 0)) return(NULL)
  a <- alpha_of(X)
  df1 <- nrow(X) - 1
  df2 <- df1 * (k - 1)
  tail <- (1 - conf_level) / 2
  list(
    items = lapply(seq_len(n), function(i) arr(items[i, ])),
    expected = list(
      alpha = a,
      ci_low = 1 - (1 - a) * qf(1 - tail, df1, df2),
      ci_high = 1 - (1 - a) * qf(tail, df1, df2),
      n = nrow(X), k = k,
      item_total = arr(vapply(seq_len(k), function(j) cor(X[, j], rowSums(X[, -j, drop = FALSE])), 0)),
      alpha_if_deleted = arr(vapply(seq_len(k), function(j) alpha_of(X[, -j, drop = FALSE]), 0))
    )
  )
}

# ---- reliableChange ------------------------------------------------------
reliable_change_case <- function() {
  sd_pre <- runif(1, 0.3, 12)
  reliability <- runif(1, 0.5, 0.97)
  pre <- round(runif(1, 0, 40), 1)
  post <- round(pre + rnorm(1, 0, sd_pre), 1)
  lower_is_better <- runif(1) < 0.5
  sediff <- sd_pre * sqrt(2) * sqrt(1 - reliability)
  rci <- (post - pre) / sediff
  better <- if (lower_is_better) -rci else rci
  list(
    pre = pre, post = post, sd_pre = sd_pre, reliability = reliability, lower_is_better = lower_is_better,
    expected = list(
      sediff = sediff, rci = rci,
      category = if (better > 1.96) "improved" else if (better < -1.96) "deteriorated" else "unchanged"
    )
  )
}

# ---- cohensKappa ---------------------------------------------------------
# Asymptotic SE of Fleiss, Cohen & Everitt (1969), written as vcd::Kappa computes it.
kappa_case <- function() {
  n <- sample(3:60, 1)
  levels <- LETTERS[seq_len(sample(2:5, 1))]
  truth <- sample(levels, n, replace = TRUE, prob = runif(length(levels)))
  agree <- runif(1, 0.2, 0.95)
  rate <- function() ifelse(runif(n) < agree, truth, sample(levels, n, replace = TRUE))
  a <- with_missing(rate())
  b <- with_missing(rate())
  ok <- complete.cases(a, b)
  lv <- sort(unique(c(a[ok], b[ok])))
  p <- table(factor(a[ok], lv), factor(b[ok], lv)) / sum(ok)
  rs <- rowSums(p)
  cs <- colSums(p)
  po <- sum(diag(p))
  pe <- sum(rs * cs)
  if (pe == 1) return(NULL)
  kappa <- (po - pe) / (1 - pe)
  W <- diag(length(lv))
  term <- sweep(sweep(W, 1, cs * (1 - kappa)), 2, rs * (1 - kappa))
  se <- sqrt((sum(p * term^2) - (kappa - pe * (1 - kappa))^2) / (1 - pe)^2 / sum(ok))
  z <- qnorm(1 - (1 - conf_level) / 2)
  list(
    a = arr(a), b = arr(b),
    expected = list(n = sum(ok), kappa = kappa, se = se, ci_low = kappa - z * se, ci_high = kappa + z * se, po = po, pe = pe)
  )
}

# ---- holm ----------------------------------------------------------------
holm_case <- function() {
  m <- sample(1:20, 1)
  p <- signif(runif(m)^sample(1:4, 1), sample(c(2, 15), 1))
  if (runif(1) < 0.2) p[sample(m, 1)] <- NA
  list(p = arr(p), expected = arr(p.adjust(p, method = "holm")))
}

# ---- noncentral t CDF (the building block of the d CIs) ------------------
noncentral_t_case <- function() {
  df <- if (runif(1) < 0.7) sample(2:70, 1) else runif(1, 1, 120)
  ncp <- rnorm(1, 0, 8)
  t <- ncp + rnorm(1, 0, 3)
  # R warns when the result is within 1e-10 of 1; the value is still what R returns.
  list(t = t, df = df, ncp = ncp, expected = suppressWarnings(pt(t, df, ncp)))
}

write_fixture("paired-comparison", "pairedComparison(from, to) vs t.test/wilcox.test(to, from, paired = TRUE)", draw_cases(paired_case))
write_fixture("one-sample-test", "oneSampleTest(x, mu) vs t.test/wilcox.test(x, mu = mu)", draw_cases(one_sample_case))
write_fixture("two-sample-test", "twoSampleTest(x, y) vs Welch t.test(x, y) and wilcox.test(x, y)", draw_cases(two_sample_case))
write_fixture("cronbach-alpha", "cronbachAlpha(items) vs base-R alpha, Feldt CI with qf, corrected item-total cor", draw_cases(alpha_case))
write_fixture("reliable-change", "reliableChange(pre, post) vs Jacobson-Truax in base R", draw_cases(reliable_change_case))
write_fixture("cohens-kappa", "cohensKappa(a, b) vs kappa with the vcd::Kappa asymptotic SE", draw_cases(kappa_case))
write_fixture("holm", "holm(p) vs p.adjust(p, method = \"holm\")", draw_cases(holm_case))
write_fixture("noncentral-t", "noncentralTCdf(t, df, ncp) vs pt(t, df, ncp)", draw_cases(noncentral_t_case))

# ---- sensitivity: the smallest d_z a paired t test detects ----------------
suppressPackageStartupMessages(library(pwr))
sensitivity_case <- function() {
  n <- if (runif(1) < 0.7) sample(2:40, 1) else sample(41:400, 1)
  power <- sample(c(0.8, 0.8, 0.9, 0.5, runif(1, 0.2, 0.95)), 1)
  alpha <- sample(c(0.05, 0.05, 0.01, 0.1), 1)
  d <- tryCatch(pwr.t.test(n = n, power = power, sig.level = alpha, type = "paired")$d, error = function(e) NA)
  list(n = n, power = power, alpha = alpha, expected = list(d = d))
}
write_fixture("sensitivity", "minimumDetectableEffect(n, {power, alpha}) vs pwr::pwr.t.test(n, power, sig.level, type = 'paired')$d", draw_cases(sensitivity_case))
