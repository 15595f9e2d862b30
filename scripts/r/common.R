# Formulas and JSON writing shared by reference.R and demo.R (base R only).

conf_level <- 0.95

# ---- JSON ----------------------------------------------------------------
# arr() marks a vector that must stay a JSON array even when of length 1.
arr <- function(x) structure(list(x), class = "json_array")

json <- function(x) {
  if (inherits(x, "json_array")) {
    v <- x[[1]]
    return(paste0("[", paste(vapply(seq_along(v), function(i) json(v[i]), ""), collapse = ","), "]"))
  }
  if (is.list(x)) {
    items <- vapply(x, json, "")
    if (is.null(names(x))) return(paste0("[", paste(items, collapse = ","), "]"))
    return(paste0("{", paste(sprintf("\"%s\":%s", names(x), items), collapse = ","), "}"))
  }
  stopifnot(length(x) == 1)
  if (is.na(x)) return("null")
  if (is.character(x)) return(sprintf("\"%s\"", gsub("\"", "\\\\\"", x)))
  if (is.logical(x)) return(if (x) "true" else "false")
  if (!is.finite(x)) return("null")
  sprintf("%.17g", x)
}

# Writes one fixture file, out_dir/<name>.json, from the cases drawn by a script.
write_fixture <- function(name, description, cases) {
  path <- file.path(out_dir, paste0(name, ".json"))
  body <- paste0(
    "{\"function\":", json(name), ",\"description\":", json(description),
    ",\"r_version\":", json(R.version.string), ",\"cases\":[\n",
    paste(vapply(cases, json, ""), collapse = ",\n"), "\n]}\n"
  )
  writeLines(body, path, sep = "")
  message(sprintf("%s: %d cases", path, length(cases)))
}

# ---- Shared formulas -----------------------------------------------------
# Hedges' exact small-sample correction J(df); undefined (NA) for df <= 1.
hedges_j <- function(df) if (df > 1) exp(lgamma(df / 2) - log(sqrt(df / 2)) - lgamma((df - 1) / 2)) else NA

# Confidence limits for the noncentrality parameter of an observed t (pt inverted with uniroot).
ncp_limits <- function(t, df, level = conf_level) {
  solve_for <- function(prob) {
    # pt warns when a trial ncp puts the result within 1e-10 of 1; such trials only bracket the root.
    f <- function(ncp) suppressWarnings(pt(t, df, ncp)) - prob
    lo <- t - 1
    hi <- t + 1
    step <- 1
    while (f(lo) < 0) { lo <- lo - step; step <- step * 2 }
    step <- 1
    while (f(hi) > 0) { hi <- hi + step; step <- step * 2 }
    uniroot(f, c(lo, hi), tol = 1e-13, maxiter = 10000)$root
  }
  alpha <- 1 - level
  c(solve_for(1 - alpha / 2), solve_for(alpha / 2))
}

is_exact <- function(test) grepl("exact", test$method, fixed = TRUE)

# The one-sample location tests, shared by the one-sample and the paired fixtures.
location_tests <- function(d, mu) {
  tt <- t.test(d, mu = mu, conf.level = conf_level)
  wt <- suppressWarnings(wilcox.test(d, mu = mu))
  shifted <- d - mu
  nonzero <- shifted[shifted != 0]
  total <- length(nonzero) * (length(nonzero) + 1) / 2
  v <- unname(wt$statistic)
  es <- (mean(d) - mu) / sd(d)
  lim <- ncp_limits(unname(tt$statistic), unname(tt$parameter)) / sqrt(length(d))
  list(
    mean_diff = mean(d) - mu, ci_low = tt$conf.int[1], ci_high = tt$conf.int[2],
    t = unname(tt$statistic), df = unname(tt$parameter), p_t = tt$p.value,
    wilcoxon_v = v, p_wilcoxon = wt$p.value,
    wilcoxon_method = if (is_exact(wt)) "exact" else "normal",
    d = es, d_ci_low = lim[1], d_ci_high = lim[2],
    rank_biserial = (v - (total - v)) / total
  )
}

# Cronbach's alpha from item variances and the variance of the total.
alpha_of <- function(X) {
  k <- ncol(X)
  k / (k - 1) * (1 - sum(apply(X, 2, var)) / var(rowSums(X)))
}

