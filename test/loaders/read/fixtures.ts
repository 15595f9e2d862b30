// Paths to the survey fixtures: small ones in this repo, real platform exports in shared/ beside the checkout.
import {fileURLToPath} from "node:url";
import {expect} from "vitest";
import {InputError} from "../../../loaders/errors.js";

export function surveyFixture(path: string): string {
  return fileURLToPath(new URL(`../../fixtures/surveys/${path}`, import.meta.url));
}

export function sharedFixture(path: string): string {
  return fileURLToPath(new URL(`../../../../shared/fixtures/${path}`, import.meta.url));
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
