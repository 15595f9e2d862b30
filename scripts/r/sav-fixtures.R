# SPSS .sav fixtures for loaders/read/read-sav.ts, written by haven (ReadStat) and, for GBK, by hand.
#
# Writes into test/fixtures/sav/ (or the folder given as the first argument):
#   pre.sav   bytecode-compressed, UTF-8: Chinese variable and value labels, a Chinese variable name,
#             a Chinese string id, user-missing 99 (labelled_spss na_values), system-missing cells, and an
#             open answer of 1,320 bytes (a very long string, stored in segments)
#   post.sav  the same variables, ZLIB-compressed (.zsav layout, "$FL3")
#   gbk.sav   uncompressed, character code record (7/20) "GBK", GBK labels and strings; haven cannot
#             write GBK, so it is written byte by byte below and read back with haven to check it
# Regenerate with `Rscript scripts/r/sav-fixtures.R` (needs r-cran-haven).

library(haven)
args <- commandArgs(trailingOnly = TRUE)
out_dir <- if (length(args) > 0) args[[1]] else "test/fixtures/sav"
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

agree <- c("完全不符合" = 1, "比较不符合" = 2, "不确定" = 3, "比较符合" = 4, "完全符合" = 5, "未作答" = 99)
wording <- c(
  ase01 = "我相信自己能够学好各门功课",
  ase02 = "上课时我能集中注意力听讲",
  ase03 = "遇到难题时我会坚持下去",
  ase04 = "我能按时完成作业"
)
item <- function(x, name) labelled_spss(x, labels = agree, na_values = 99, label = wording[[name]])

wave_data <- function(answers, ids) {
  d <- data.frame(学号 = ids, stringsAsFactors = FALSE)
  attr(d$学号, "label") <- "学生学号"
  d$组别 <- labelled(c(1, 1, 1, 2, 2, 2)[seq_along(ids)], labels = c("儿童组" = 1, "家长组" = 2), label = "所在小组")
  for (name in names(wording)) d[[name]] <- item(answers[[name]], name)
  d$姓名 <- c("张小明同学", "李华", "王芳芳", "赵雷", "陈静", "刘洋")[seq_along(ids)]
  d
}

ids <- c("S01号", "S02号", "S03号", "S04号", "S05号", "S06号")
pre <- wave_data(list(
  ase01 = c(1, 2, 3, 99, 4, 2),
  ase02 = c(2, 2, NA, 3, 4, 1),
  ase03 = c(3, 1, 2, 3, 99, 2),
  ase04 = c(2, 3, 3, 2, 4, 1)
), ids)
post <- wave_data(list(
  ase01 = c(3, 4, 4, 3, 5, 3),
  ase02 = c(4, 3, 4, 99, 5, 2),
  ase03 = c(4, 3, NA, 4, 5, 3),
  ase04 = c(3, 4, 5, 4, 5, 2)
), ids)[1:5, ]
# An open answer longer than 255 bytes: SPSS splits it into segments (a "very long string").
pre$开放题 <- c(strrep("小组活动让我更有信心。", 40), "", "还行", "", "希望多举办", "")
write_sav(pre, file.path(out_dir, "pre.sav"), compress = "byte")
write_sav(post, file.path(out_dir, "post.sav"), compress = "zsav")

# ---- gbk.sav: an uncompressed system file in GBK, as older Chinese SPSS installs write it ----------
gbk <- function(text) iconv(text, "UTF-8", "GBK", toRaw = TRUE)[[1]]
pad <- function(bytes, multiple, fill = as.raw(0x20)) c(bytes, rep(fill, (multiple - length(bytes) %% multiple) %% multiple))
con <- file(file.path(out_dir, "gbk.sav"), "wb")
int <- function(...) writeBin(as.integer(c(...)), con, size = 4, endian = "little")
dbl <- function(...) writeBin(as.double(c(...)), con, size = 8, endian = "little")
raw <- function(bytes) writeBin(bytes, con)
text <- function(s, n) raw(c(charToRaw(s), rep(as.raw(0x20), n))[seq_len(n)])

# Variables: ID (string, 8 bytes), GROUP, Q1, Q2 (numeric; Q1 and Q2 labelled; Q1 with user-missing 99).
vars <- list(
  list(name = "ID", width = 8, label = "学号"),
  list(name = "GROUP", width = 0, label = "组别"),
  list(name = "Q1", width = 0, label = "我能学好各门功课", missing = 99),
  list(name = "Q2", width = 0, label = "我能按时完成作业")
)
cases <- list(list("甲一", 1, 1, 5), list("乙二", 2, 99, 4), list("丙三", 1, 3, NA))

text("$FL2", 4)
text("@(#) IBM SPSS STATISTICS Evalbook GBK fixture", 60)
int(2, length(vars), 0, 0, length(cases))
dbl(100)
text("30 Nov 26", 9); text("12:00:00", 8); text("", 64); raw(as.raw(c(0, 0, 0)))
fmt <- function(v) if (v$width > 0) 1 * 65536 + v$width * 256 else 5 * 65536 + 8 * 256
for (v in vars) {
  label <- gbk(v$label)
  int(2, v$width, 1, if (is.null(v$missing)) 0 else 1, fmt(v), fmt(v))
  text(v$name, 8)
  int(length(label)); raw(pad(label, 4))
  if (!is.null(v$missing)) dbl(v$missing)
}
labels <- c("完全不符合", "比较不符合", "不确定", "比较符合", "完全符合")
int(3, length(labels) + 1)
for (i in seq_along(labels)) {
  label <- gbk(labels[[i]])
  dbl(i); raw(pad(c(as.raw(length(label)), label), 8))
}
dbl(99); label <- gbk("未作答"); raw(pad(c(as.raw(length(label)), label), 8))
int(4, 2, 3, 4)
int(7, 3, 4, 8, 20, 0, 0, -1, 1, 1, 2, 936)  # machine integer info: character code 936 (GBK)
int(7, 20, 1, 3); text("GBK", 3)
int(999, 0)
for (case in cases) {
  raw(pad(gbk(case[[1]]), 8))
  for (x in case[-1]) dbl(if (is.na(x)) -.Machine$double.xmax else x)
}
close(con)

# Check the files with ReadStat itself.
# ReadStat does not know code page 936, so it is told the encoding.
back <- read_sav(file.path(out_dir, "gbk.sav"), user_na = TRUE, encoding = "GBK")
stopifnot(identical(as.vector(back$ID), c("甲一", "乙二", "丙三")), attr(back$Q1, "label") == "我能学好各门功课")
stopifnot(names(attr(back$Q1, "labels"))[6] == "未作答", is.na(back$Q2[3]), identical(attr(back$Q1, "na_values"), 99))
again <- read_sav(file.path(out_dir, "post.sav"), user_na = TRUE)
stopifnot(identical(names(attr(again$ase01, "labels"))[1], "完全不符合"), nrow(again) == 5)
stopifnot(identical(read_sav(file.path(out_dir, "pre.sav"))$开放题[1], strrep("小组活动让我更有信心。", 40)))
message("wrote pre.sav, post.sav and gbk.sav to ", out_dir)
