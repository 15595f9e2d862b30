// The font stack of every chart and export, alone so that export code need not load Plot to know it.

/** System fonts that carry Chinese, set on every SVG so exported files render it without web fonts. */
export const FONT_FAMILY = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
