# Reference values for the tests across three or more waves in src/lib/stats, computed by R itself.
#
# Writes test/fixtures/r/omnibus.json (or into the folder given as the first argument): randomised
# participant × wave tables (k = 3..5 waves, n = 3..60, Likert items, Likert means, rounded and
# continuous scores, ties, missing values) with, on the complete cases,
#   friedman  friedman.test(Y), and Kendall's W = statistic / (n (k − 1))
#   rm_anova  aov(y ~ wave + Error(id / wave)) sums of squares and F; anova.mlm(lm(Y ~ 1), X = ~1,
#             test = "Spherical") for the Greenhouse–Geisser and Huynh–Feldt p-values; the epsilons from
#             stats:::sphericity, Mauchly's W and p from mauchly.test(lm(Y ~ 1), X = ~1) (NA when W < 1e-10:
#             a singular covariance of the contrasts)
#   pairwise  t.test / wilcox.test(Y[, j], Y[, i], paired = TRUE) for every pair i < j, and
#             p.adjust(, "holm") over the pairs
# Regenerate with `Rscript scripts/r/omnibus.R` (base R only; see scripts/r/README.md).

args <- commandArgs(trailingOnly = TRUE)
out_dir <- if (length(args) > 0) args[[1]] else "test/fixtures/r"
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "common.R"))
set.seed(20261130)
n_cases <- 200

# An n × k table of scores of one shape, drifting across waves, with a few values missing.
draw_table <- function() {
  k <- sample(3:5, 1)
  n <- if (runif(1) < 0.8) sample(3:30, 1) else sample(31:60, 1)
  shape <- sample(c("likert1", "likert", "rounded", "continuous"), 1, prob = c(0.35, 0.25, 0.2, 0.2))
  person <- rnorm(n, 0, 1)
  drift <- cumsum(c(0, rnorm(k - 1, 0.2, 0.4)))
  noise <- runif(1, 0.3, 1.2)
  latent <- sapply(seq_len(k), function(w) 3 + person + drift[w] + rnorm(n, 0, noise))
  items <- function(m) pmin(5, pmax(1, round(m)))
  y <- switch(shape,
    likert1 = items(latent),
    likert = (items(latent) + items(latent + rnorm(1, 0, 0.5)) + items(latent - 0.3)) / 3,
    rounded = round(latent * 4, 0),
    continuous = latent * 10
  )
  y <- matrix(y, n, k)
  if (runif(1) < 0.3) y[sample(length(y), sample(1:3, 1))] <- NA
  list(shape = shape, y = y)
}

omnibus_case <- function() {
  drawn <- draw_table()
  y <- drawn$y
  cc <- y[complete.cases(y), , drop = FALSE]
  n <- nrow(cc)
  k <- ncol(cc)
  if (n < 3) return(NULL)
  ft <- tryCatch(friedman.test(cc), error = function(e) NULL)
  if (is.null(ft) || !is.finite(ft$statistic)) return(NULL)

  long <- data.frame(y = as.vector(cc), id = factor(rep(seq_len(n), k)), wave = factor(rep(seq_len(k), each = n)))
  a <- summary(aov(y ~ wave + Error(id / wave), data = long))
  within <- a[["Error: id:wave"]][[1]]
  ss_subjects <- a[["Error: id"]][[1]][1, "Sum Sq"]
  ss_waves <- within["wave", "Sum Sq"]
  ss_error <- within["Residuals", "Sum Sq"]
  if (!(ss_error > 1e-9 * (ss_waves + ss_subjects + ss_error))) return(NULL) # R's F is then noise
  fit <- lm(cc ~ 1)
  sph <- stats:::sphericity(SSD(fit), X = ~1)
  table <- anova(fit, X = ~1, test = "Spherical")
  # Mauchly's test needs a nonsingular covariance of the contrasts: more cases than contrasts, and W not ~0.
  mauchly <- if (n - 1 > k - 1) suppressWarnings(mauchly.test(fit, X = ~1)) else list(statistic = NA, p.value = NA)
  if (!isTRUE(mauchly$statistic > 1e-10)) mauchly <- list(statistic = NA, p.value = NA)
  df1 <- k - 1
  df2 <- (n - 1) * (k - 1)

  pairs <- combn(k, 2)
  tests <- lapply(seq_len(ncol(pairs)), function(j) {
    from <- cc[, pairs[1, j]]
    to <- cc[, pairs[2, j]]
    tt <- tryCatch(t.test(to, from, paired = TRUE)$p.value, error = function(e) NA)
    wt <- suppressWarnings(wilcox.test(to, from, paired = TRUE)$p.value)
    c(from = pairs[1, j], to = pairs[2, j], p_t = tt, p_wilcoxon = wt)
  })
  p_t <- vapply(tests, function(t) t[["p_t"]], 0)
  p_w <- vapply(tests, function(t) t[["p_wilcoxon"]], 0)
  holm_t <- p.adjust(p_t, "holm")
  holm_w <- p.adjust(p_w, "holm")
  pairwise <- lapply(seq_along(tests), function(j) list(
    from = tests[[j]][["from"]] - 1, to = tests[[j]][["to"]] - 1,
    p_t = p_t[j], p_holm_t = holm_t[j], p_wilcoxon = p_w[j], p_holm_wilcoxon = holm_w[j]
  ))

  list(
    shape = drawn$shape,
    waves = lapply(seq_len(k), function(w) arr(y[, w])),
    expected = list(
      friedman = list(
        n = n, k = k, statistic = unname(ft$statistic), df = unname(ft$parameter), p = ft$p.value,
        kendall_w = unname(ft$statistic) / (n * (k - 1))
      ),
      rm_anova = list(
        n = n, k = k, ss_waves = ss_waves, ss_subjects = ss_subjects, ss_error = ss_error,
        df1 = df1, df2 = df2, f = within["wave", "F value"], p = within["wave", "Pr(>F)"],
        partial_eta_sq = ss_waves / (ss_waves + ss_error),
        generalized_eta_sq = ss_waves / (ss_waves + ss_subjects + ss_error),
        gg_epsilon = sph$GG.eps, hf_epsilon = sph$HF.eps,
        df1_gg = df1 * sph$GG.eps, df2_gg = df2 * sph$GG.eps,
        p_gg = table[1, "G-G Pr"], p_hf = table[1, "H-F Pr"],
        mauchly_w = unname(mauchly$statistic), p_mauchly = mauchly$p.value
      ),
      pairwise = pairwise
    )
  )
}

cases <- list()
while (length(cases) < n_cases) {
  case <- omnibus_case()
  if (!is.null(case)) cases[[length(cases) + 1]] <- case
}
write_fixture("omnibus", "friedmanTest / repeatedMeasuresAnova / pairwise Holm vs friedman.test, aov + anova.mlm(test = \"Spherical\"), mauchly.test, p.adjust(, \"holm\")", cases)
