# Reference values for the real public datasets (../shared/fixtures/real): scores, paired and one-sample t tests,
# and Cronbach's alpha, computed from the raw CSV files as each study's study.yaml
# (test/fixtures/real-studies/<id>/study.yaml) describes them. Writes test/fixtures/r/real-<id>.json and
# real-<id>-scores.csv; test/loaders/ingest/real-studies.test.ts compares the ingest with them.
# Usage: Rscript scripts/r/real.R <shared fixtures/real dir> <out dir>   (needs r-cran-psych)
suppressMessages(library(psych))
options(warn = 1)
args <- commandArgs(trailingOnly = TRUE)
real <- args[1]
out <- args[2]
source(file.path(dirname(sub("--file=", "", grep("--file=", commandArgs(), value = TRUE))), "common.R"))

# A score as the ingest computes it: mean of the answered items when at least ceiling(0.8 k) are answered, times k
# for sum scoring (prorated).
score <- function(items, sum_scoring, share = 0.8) {
  k <- ncol(items)
  answered <- rowSums(!is.na(items))
  m <- rowMeans(items, na.rm = TRUE)
  m[answered < ceiling(share * k - 1e-9)] <- NA
  if (sum_scoring) m * k else m
}

reverse <- function(x, keys, min, max) {
  x[keys] <- lapply(x[keys], function(v) min + max - v)
  x
}

paired_row <- function(subscale, group, from, to, x, y) {
  ok <- !is.na(x) & !is.na(y)
  t <- t.test(y[ok], x[ok], paired = TRUE)
  list(subscale = subscale, group = group, wave_from = from, wave_to = to, n = sum(ok),
       mean_diff = unname(t$estimate), t = unname(t$statistic), df = unname(t$parameter), p_t = t$p.value)
}

one_sample_row <- function(subscale, group, wave, x, mu) {
  x <- x[!is.na(x)]
  t <- t.test(x, mu = mu)
  list(subscale = subscale, group = group, wave = wave, n = length(x), midpoint = mu,
       mean = mean(x), t = unname(t$statistic), df = unname(t$parameter), p_t = t$p.value)
}

# psych::alpha's default (pairwise covariances) and listwise deletion, with the n behind each.
alpha_row <- function(subscale, group, wave, items) {
  a <- suppressWarnings(psych::alpha(items, check.keys = FALSE, warnings = FALSE))
  complete <- items[complete.cases(items), , drop = FALSE]
  listwise <- suppressWarnings(psych::alpha(complete, check.keys = FALSE, warnings = FALSE))
  answered <- rowSums(!is.na(items)) > 0
  list(subscale = subscale, group = group, wave = wave,
       alpha_pairwise = a$total$raw_alpha, n_pairwise = sum(answered),
       alpha_listwise = listwise$total$raw_alpha, n_listwise = nrow(complete))
}

write_study <- function(id, scores, paired, one_sample, alpha) {
  write.csv(scores, file.path(out, sprintf("real-%s-scores.csv", id)), row.names = FALSE, na = "")
  writeLines(json(list(paired = paired, one_sample = one_sample, alpha = alpha)),
             file.path(out, sprintf("real-%s.json", id)))
}

# ---- sses: one wide file, Pre_SSE_* and Post_SSE_*, 0-4, sum scores, three conditions -------------------------
sses <- read.csv(file.path(real, "sses.csv"))
sse_sub <- list(performance = c(1, 4, 5, 9, 14, 18, 19), social = c(2, 8, 10, 13, 15, 17, 20),
                appearance = c(3, 6, 7, 11, 12, 16))
sse_rev <- c(2, 4, 5, 7, 8, 10, 13, 15, 16, 17, 18, 19, 20)
sse_items <- function(wave) {
  x <- sses[sprintf("%s_SSE_%d", wave, 1:20)]
  names(x) <- sprintf("SSE_%d", 1:20)
  reverse(x, sprintf("SSE_%d", sse_rev), 0, 4)
}
items <- list(pre = sse_items("Pre"), post = sse_items("Post"))
parts <- c(lapply(sse_sub, function(i) sprintf("SSE_%d", i)), list(total = sprintf("SSE_%d", 1:20)))
score_of <- function(wave, part) score(items[[wave]][parts[[part]]], TRUE)
scores <- do.call(rbind, lapply(names(items), function(w) do.call(rbind, lapply(names(parts), function(p)
  data.frame(id = as.character(sses$partID), wave = w, subscale = p, score = score_of(w, p))))))
groups <- list(all = rep(TRUE, nrow(sses)), control = sses$Condition == "control",
               self = sses$Condition == "self", other = sses$Condition == "other")
paired <- list(); one_sample <- list(); alpha <- list()
for (g in names(groups)) for (p in names(parts)) {
  m <- groups[[g]]
  paired[[length(paired) + 1]] <- paired_row(p, g, "pre", "post", score_of("pre", p)[m], score_of("post", p)[m])
  for (w in names(items)) {
    one_sample[[length(one_sample) + 1]] <- one_sample_row(p, g, w, score_of(w, p)[m], 2 * length(parts[[p]]))
    alpha[[length(alpha) + 1]] <- alpha_row(p, g, w, items[[w]][m, parts[[p]]])
  }
}
write_study("sses", scores, paired, one_sample, alpha)

# ---- bfi: one wave, 1-6, mean scores, keys from bfi.keys.csv ---------------------------------------------------
bfi <- read.csv(file.path(real, "bfi.csv"))
keys <- read.csv(file.path(real, "bfi.keys.csv"))[-1]
reversed <- sub("^-", "", grep("^-", unlist(keys), value = TRUE))
items <- reverse(bfi, reversed, 1, 6)
scores <- data.frame(); one_sample <- list(); alpha <- list()
for (p in names(keys)) {
  cols <- sub("^-", "", keys[[p]])
  s <- score(items[cols], FALSE)
  scores <- rbind(scores, data.frame(id = as.character(bfi$rownames), wave = "once", subscale = p, score = s))
  one_sample[[length(one_sample) + 1]] <- one_sample_row(p, "all", "once", s, 3.5)
  alpha[[length(alpha) + 1]] <- alpha_row(p, "all", "once", items[cols])
}
# The scores agree with psych::scoreItems (no imputation) where a score exists.
check <- scoreItems(psych::make.keys(bfi[2:26], lapply(keys, function(k) as.character(k))), bfi[2:26],
                    impute = "none", min = 1, max = 6)$scores
stopifnot(isTRUE(all.equal(unname(check[, "agree"])[!is.na(scores$score[scores$subscale == "agree"])],
                           scores$score[scores$subscale == "agree" & !is.na(scores$score)])))
write_study("bfi", scores, list(), one_sample, alpha)

# ---- HELP: long by visit (ID x TIME), CES-D F1A..F1T 0-3, F1D/H/L/P reverse-keyed, sum scores ------------------
help <- read.csv(file.path(real, "HELPfull.csv"))
cesd <- sprintf("F1%s", LETTERS[1:20])
help <- reverse(help, c("F1D", "F1H", "F1L", "F1P"), 0, 3)
help$score <- score(help[cesd], TRUE)
visit <- function(time) {
  v <- help[help$TIME == time, ]
  v[match(sort(unique(help$ID)), v$ID), ]
}
ids <- sort(unique(help$ID))
scores <- data.frame(id = as.character(help$ID), wave = as.character(help$TIME), subscale = "cesd",
                     score = help$score)
groups <- list(all = function(v) rep(TRUE, nrow(v)), control = function(v) v$GROUP %in% 0,
               linkage = function(v) v$GROUP %in% 1)
base_group <- help$GROUP[match(ids, help$ID)]
paired <- list(); one_sample <- list(); alpha <- list()
for (g in names(groups)) {
  m <- if (g == "all") rep(TRUE, length(ids)) else base_group == (g == "linkage")
  for (to in c(6, 24)) {
    paired[[length(paired) + 1]] <- paired_row("cesd", g, "0", as.character(to), visit(0)$score[m], visit(to)$score[m])
  }
  for (time in c(0, 6, 12, 18, 24)) {
    v <- help[help$TIME == time, ]
    v <- v[groups[[g]](v), ]
    one_sample[[length(one_sample) + 1]] <- one_sample_row("cesd", g, as.character(time), v$score, 1.5 * 20)
    alpha[[length(alpha) + 1]] <- alpha_row("cesd", g, as.character(time), v[cesd])
  }
}
write_study("help", scores, paired, one_sample, alpha)
