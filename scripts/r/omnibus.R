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
# and omnibus-help.json: the CES-D totals of the HELP trial (../shared/fixtures/real/HELPfull.csv; months 0, 6,
# 12, 18, 24; items F1A–F1T scored 0–3, F1D, F1H, F1L and F1P reversed, a total only when all 20 are answered) as
# score rows, with the same statistics per group (both arms, and each arm) on the participants with all five
# totals, plus each wave's mean, SD and t interval: what src/lib/results/omnibus.ts computes from score rows.
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

# The omnibus statistics of a complete n × k table (NULL when R's F would be rounding noise).
omnibus_stats <- function(cc) {
  n <- nrow(cc)
  k <- ncol(cc)
  ft <- tryCatch(friedman.test(cc), error = function(e) NULL)
  if (is.null(ft) || !is.finite(ft$statistic)) return(NULL)
  long <- data.frame(y = as.vector(cc), id = factor(rep(seq_len(n), k)), wave = factor(rep(seq_len(k), each = n)))
  a <- summary(aov(y ~ wave + Error(id / wave), data = long))
  within <- a[["Error: id:wave"]][[1]]
  ss_subjects <- a[["Error: id"]][[1]][1, "Sum Sq"]
  ss_waves <- within["wave", "Sum Sq"]
  ss_error <- within["Residuals", "Sum Sq"]
  if (!(ss_error > 1e-9 * (ss_waves + ss_subjects + ss_error))) return(NULL)
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
    tt <- tryCatch(t.test(to, from, paired = TRUE), error = function(e) NULL)
    wt <- suppressWarnings(wilcox.test(to, from, paired = TRUE))
    list(
      from = pairs[1, j] - 1, to = pairs[2, j] - 1,
      mean_diff = mean(to - from),
      diff_ci_low = if (is.null(tt)) NA else tt$conf.int[1], diff_ci_high = if (is.null(tt)) NA else tt$conf.int[2],
      t = if (is.null(tt)) NA else unname(tt$statistic), p_t = if (is.null(tt)) NA else tt$p.value,
      wilcoxon_v = unname(wt$statistic), p_wilcoxon = wt$p.value
    )
  })
  holm_t <- p.adjust(vapply(tests, function(t) t$p_t, 0), "holm")
  holm_w <- p.adjust(vapply(tests, function(t) t$p_wilcoxon, 0), "holm")
  for (j in seq_along(tests)) {
    tests[[j]]$p_holm_t <- holm_t[j]
    tests[[j]]$p_holm_wilcoxon <- holm_w[j]
  }
  list(
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
    pairwise = tests
  )
}

omnibus_case <- function() {
  drawn <- draw_table()
  y <- drawn$y
  cc <- y[complete.cases(y), , drop = FALSE]
  if (nrow(cc) < 3) return(NULL)
  stats <- omnibus_stats(cc)
  if (is.null(stats)) return(NULL)
  stats$pairwise <- lapply(stats$pairwise, function(t) t[c("from", "to", "p_t", "p_holm_t", "p_wilcoxon", "p_holm_wilcoxon")])
  list(shape = drawn$shape, waves = lapply(seq_len(ncol(y)), function(w) arr(y[, w])), expected = stats)
}

cases <- list()
while (length(cases) < n_cases) {
  case <- omnibus_case()
  if (!is.null(case)) cases[[length(cases) + 1]] <- case
}
write_fixture("omnibus", "friedmanTest / repeatedMeasuresAnova / pairwise Holm vs friedman.test, aov + anova.mlm(test = \"Spherical\"), mauchly.test, p.adjust(, \"holm\")", cases)

# ---- HELP: CES-D over five visits -------------------------------------------------------------
shared <- Filter(function(d) nzchar(d) && file.exists(file.path(d, "fixtures")), c(Sys.getenv("EVALBOOK_SHARED"), "../shared", "../../shared"))
help <- read.csv(file.path(shared[[1]], "fixtures", "real", "HELPfull.csv"))
items <- as.matrix(help[, paste0("F1", LETTERS[1:20])])
reversed <- paste0("F1", c("D", "H", "L", "P"))
items[, reversed] <- 3 - items[, reversed]
help$cesd <- rowSums(items) # NA unless all 20 answered
help$wave <- paste0("m", help$TIME)
help$group <- paste0("arm", help$GROUP)
waves <- paste0("m", c(0, 6, 12, 18, 24))
scores <- help[!is.na(help$cesd), c("ID", "group", "wave", "cesd")]
wide <- reshape(scores[, c("ID", "wave", "cesd")], idvar = "ID", timevar = "wave", direction = "wide")
wide <- wide[order(sprintf("%05d", wide$ID)), ] # participants in the order the results see them (as text)
arms <- unique(help[, c("ID", "group")])
per_group <- lapply(c("all", "arm0", "arm1"), function(g) {
  ids <- if (g == "all") arms$ID else arms$ID[arms$group == g]
  cc <- as.matrix(wide[wide$ID %in% ids, paste0("cesd.", waves)])
  cc <- cc[complete.cases(cc), , drop = FALSE]
  stats <- omnibus_stats(cc)
  stats$group <- g
  stats$waves <- lapply(seq_along(waves), function(w) {
    tt <- t.test(cc[, w])
    list(wave = waves[w], mean = mean(cc[, w]), sd = sd(cc[, w]), ci_low = tt$conf.int[1], ci_high = tt$conf.int[2])
  })
  stats
})
rows <- lapply(seq_len(nrow(scores)), function(i) list(
  participant = sprintf("%05d", scores$ID[i]), group = scores$group[i], wave = scores$wave[i], score = scores$cesd[i]
))
path <- file.path(out_dir, "omnibus-help.json")
writeLines(paste0(
  "{\"description\":\"CES-D totals of HELPfull.csv and their omnibus statistics per group\",\"r_version\":", json(R.version.string),
  ",\"waves\":", json(as.list(waves)), ",\"scores\":[\n", paste(vapply(rows, json, ""), collapse = ",\n"),
  "\n],\"expected\":", json(per_group), "}\n"
), path, sep = "")
message(sprintf("%s: %d score rows", path, length(rows)))
