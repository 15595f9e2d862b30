import {describe, expect, it} from "vitest";
import {qualtricsSurvey} from "../../../loaders/read/qualtrics-survey.js";
import {readSurvey} from "../../../loaders/read/read-survey.js";
import {inputError, realFixture} from "./fixtures.js";

const roles = (columns: {header: string; role: string}[], role: string) =>
  columns.filter((column) => column.role === role).map((column) => column.header);

describe('readSurvey(file, {format: "qualtrics"})', () => {
  it("takes the three header rows off the data and keeps Qualtrics's default personal data apart", async () => {
    const table = await readSurvey(realFixture("qualtrics/qualtRics_sample.csv"), {format: "qualtrics"});
    expect(table.rows).toHaveLength(1);
    expect(table.rowNumbers).toEqual([4]);
    expect(roles(table.columns, "pii")).toEqual([
      "IPAddress",
      "RecipientLastName",
      "RecipientFirstName",
      "RecipientEmail",
      "ExternalReference",
      "LocationLatitude",
      "LocationLongitude"
    ]);
    expect(roles(table.columns, "question")).toEqual(["Q1", "Q2", "Q2 - Topics"]);
    expect(table.columns[0]).toEqual({header: "StartDate", role: "metadata", text: "Anfangsdatum"});
    expect(table.columns[18]).toEqual({
      header: "Q2",
      role: "question",
      question: "Q2",
      text: "This is a free text question."
    });
    expect(table.rows[0]!.slice(17)).toEqual(["2", "Hello World!", null]);
  });

  it("reads the legacy two-row layout, naming V1… by their labels", async () => {
    const table = await readSurvey(realFixture("qualtrics/qualtRics_sample_legacy.csv"), {
      format: "qualtrics"
    });
    expect(table.encoding).toBe("utf-8-bom");
    expect(table.rowNumbers).toEqual([3]);
    expect(table.headers).toHaveLength(15); // the trailing comma's empty column is gone
    expect(roles(table.columns, "pii")).toEqual([
      "V3",
      "V4",
      "V5",
      "V6",
      "LocationLatitude",
      "LocationLongitude"
    ]);
    expect(table.columns[5]).toEqual({header: "V6", role: "pii", text: "IPAddress"});
    expect(table.rows[0]![10]).toBe("2");
  });

  it("splits matrix columns into question and item", () => {
    const table = qualtricsSurvey({
      file: "post.csv",
      headers: ["ResponseId", "Q5_1", "Q5_2"],
      rows: [
        ["ResponseId", "小组让我 - 更自信", "小组让我 - 更愿意求助"],
        ['{"ImportId":"_recordId"}', '{"ImportId":"QID5_1"}', '{"ImportId":"QID5_2"}'],
        ["R_1", "4", "5"]
      ],
      rowNumbers: [2, 3, 4],
      warnings: []
    });
    expect(table.columns.slice(1)).toEqual([
      {header: "Q5_1", role: "question", question: "Q5_1", text: "小组让我", item: "更自信"},
      {header: "Q5_2", role: "question", question: "Q5_2", text: "小组让我", item: "更愿意求助"}
    ]);
    expect(table.rowNumbers).toEqual([4]);
  });

  it("refuses a file whose extra header rows were deleted", async () => {
    const error = await inputError(() =>
      qualtricsSurvey({file: "q.csv", headers: ["V1"], rows: [], rowNumbers: [], warnings: []})
    );
    expect(error.what).toMatch(/^the Qualtrics header rows are missing/);
  });
});
