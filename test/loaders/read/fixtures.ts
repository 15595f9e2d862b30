// Paths to the survey fixtures: small made ones, and real platform exports (copied into test/fixtures/surveys/real).
import {fileURLToPath} from "node:url";
import {expect} from "vitest";
import {InputError} from "../../../loaders/errors.js";

export function surveyFixture(path: string): string {
  return fileURLToPath(new URL(`../../fixtures/surveys/${path}`, import.meta.url));
}

export function realFixture(path: string): string {
  return fileURLToPath(new URL(`../../fixtures/surveys/real/${path}`, import.meta.url));
}

/** The InputError a promise or function fails with; fails the test on any other outcome. */
export async function inputError(run: Promise<unknown> | (() => unknown)): Promise<InputError> {
  try {
    await (typeof run === "function" ? run() : run);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError, but nothing was thrown");
}
