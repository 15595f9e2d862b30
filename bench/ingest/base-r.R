# Base R's part of the ingest benchmark (no packages): read the export, reverse-key, score, write.
# Rscript bench/ingest/base-r.R <export.csv> <items.csv> <out.csv> prints one JSON line
# {"seconds", "cpu_seconds", "peak_rss_mb", "rows"}.
#
# The same work as Evalbook's scoring of that export (loaders/ingest/score.ts), for every row: the items and their
# subscales and reverse keys come from items.csv, written by the benchmark from the same list as the study.yaml;
# an answer outside the scale (6, 0, x) or blank is missing; a reverse-keyed answer x scores min + max - x; a
# subscale's score is the mean of its answered items when at least ceiling(0.8 * k) are answered (min_answered).

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 3) stop("usage: Rscript bench/ingest/base-r.R <export.csv> <items.csv> <out.csv>")
started <- proc.time()

items <- read.csv(args[2], stringsAsFactors = FALSE)
data <- read.csv(args[1], colClasses = "character", check.names = FALSE)
scale_min <- 1
scale_max <- 5

answer <- function(column) {
  x <- suppressWarnings(as.numeric(data[[column]]))
  x[!is.na(x) & (x < scale_min | x > scale_max | x != round(x))] <- NA
  x
}

scores <- data.frame(id = data$id, wave = data$wave, stringsAsFactors = FALSE)
for (subscale in unique(items$subscale)) {
  rows <- items[items$subscale == subscale, ]
  answers <- sapply(seq_len(nrow(rows)), function(i) {
    x <- answer(rows$item[i])
    if (rows$reverse[i]) scale_min + scale_max - x else x
  })
  answered <- rowSums(!is.na(answers))
  score <- rowMeans(answers, na.rm = TRUE)
  score[answered < ceiling(0.8 * nrow(rows) - 1e-9)] <- NA
  scores[[subscale]] <- score
}
write.csv(scores, args[3], row.names = FALSE)

used <- proc.time() - started
# Peak resident memory of this process (Linux); NA elsewhere.
status <- tryCatch(readLines("/proc/self/status"), error = function(e) character())
hwm <- grep("^VmHWM:", status, value = TRUE)
peak <- if (length(hwm)) as.numeric(gsub("[^0-9]", "", hwm)) / 1024 else NA
cat(sprintf(
  '{"seconds": %.3f, "cpu_seconds": %.3f, "peak_rss_mb": %s, "rows": %d}\n',
  used[["elapsed"]], used[["user.self"]] + used[["sys.self"]],
  if (is.na(peak)) "null" else sprintf("%.1f", peak), nrow(scores)
))
