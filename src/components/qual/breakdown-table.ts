// The themes page's breakdown table: codes × role or wave (passages and participants per cell), or participants ×
// themes; in the published site small cells are hidden and participants numbered, never named by pseudonym.
import {t, type Lang} from "../../lib/i18n.js";
import {breakdownRows, themesByParticipant, type CodeTally, type CodeTallyRow} from "../../lib/qual/tally.js";
import type {SegmentRow} from "../../lib/qual/types.js";
import {suppress, type PublishPolicy} from "../../lib/suppress.js";
import {participantLabels} from "../publish.js";
import {ResultsTable, type ResultsColumn} from "../table.js";
import {roleName} from "./labels.js";

export interface BreakdownTableOptions {
  by: "role" | "wave" | "participant";
  segments: readonly SegmentRow[];
  tallies: readonly CodeTallyRow[];
  /** Themes, roles and waves in the order the page shows them; null: passages without a role or wave. */
  themes: readonly string[];
  roles: readonly (string | null)[];
  waves: readonly (string | null)[];
  waveName: (wave: string | null) => string;
  policy: PublishPolicy;
  lang: Lang;
  /** Document to create elements in (jsdom in Node). Default: the global `document`. */
  document?: Document;
}

type Cells = Record<string, string>;

/** "12 (7)": passages (participants), or the published site's "< 3" for a hidden cell, "—" for none. */
function cellText(x: (CodeTally & {suppressed?: unknown; shown?: string}) | undefined): string {
  if (!x) return "—";
  return x.suppressed ? x.shown! : `${x.segments} (${x.participants})`;
}

/** The table, with its caption and the note that says what a cell holds. */
export function breakdownTable(options: BreakdownTableOptions): HTMLTableElement {
  return options.by === "participant" ? byParticipant(options) : byLevel(options);
}

function byParticipant({segments, themes, policy, lang, document}: BreakdownTableOptions): HTMLTableElement {
  // Cells of 1 to min_cell − 1 passages hidden per participant (their total is the margin).
  const people = themesByParticipant(segments);
  const labelOf = participantLabels(people.keys(), policy, lang);
  const counts = suppress(
    [...people].flatMap(([participant, list]) =>
      list.map((x) => ({participant, theme: x.theme, n: x.segments}))
    ),
    {count: "n", by: ["participant"]},
    policy
  );
  const rows: Cells[] = [...people.keys()].map((participant) => ({
    participant: labelOf(participant),
    ...Object.fromEntries(counts.filter((c) => c.participant === participant).map((c) => [c.theme, c.shown]))
  }));
  const columns: ResultsColumn<Cells>[] = [
    {key: "participant", label: t("qParticipant", lang)},
    ...themes.map((theme) => ({
      key: theme,
      label: theme,
      align: "right" as const,
      format: (v: unknown) => (v == null ? "—" : String(v))
    }))
  ];
  return ResultsTable(rows, {
    lang,
    document,
    caption: `${t("qThemes", lang)} × ${t("qParticipant", lang)}`,
    columns,
    notes: [t("qParticipantNote", lang)]
  });
}

function byLevel({by, tallies, roles, waves, waveName, policy, lang, document}: BreakdownTableOptions) {
  const levels = by === "role" ? roles : waves;
  const name = by === "role" ? (r: string | null) => roleName(r, lang) : waveName;
  // Cells of 1 to min_cell − 1 participants show "< 3" (passages hidden with them), per code across the levels.
  const hide = (x: CodeTally) => suppress([{...x}], {count: "participants", hide: ["segments"]}, policy)[0];
  const rows: Cells[] = breakdownRows(tallies, by).map((r) => {
    const cells = suppress(
      levels.flatMap((level) =>
        r.levels[level ?? ""] ? [{level: level ?? "", ...r.levels[level ?? ""]!}] : []
      ),
      {count: "participants", hide: ["segments"], by: ["theme"]},
      policy
    );
    return {
      theme: r.theme,
      code: r.code,
      total: cellText(hide(r.total) as CodeTally),
      ...Object.fromEntries(
        levels.map((level) => [
          `level:${level ?? ""}`,
          cellText(cells.find((c) => c.level === (level ?? "")) as CodeTally | undefined)
        ])
      )
    };
  });
  const columns: ResultsColumn<Cells>[] = [
    {key: "theme", label: t("qTheme", lang)},
    {key: "code", label: t("qCode", lang)},
    ...levels.map((level) => ({key: `level:${level ?? ""}`, label: name(level), align: "right" as const})),
    {key: "total", label: t("qTotal", lang), align: "right"}
  ];
  return ResultsTable(rows, {
    lang,
    document,
    caption: `${t("qCode", lang)} × ${t(by === "role" ? "qByRole" : "qByWave", lang)}`,
    columns,
    notes: [t("qCellNote", lang)]
  });
}
