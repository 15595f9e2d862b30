// @observablehq/inputs ships no types; these cover what Evalbook calls.
declare module "@observablehq/inputs" {
  type Input<T> = HTMLElement & {value: T};
  interface Options<T> {
    label?: string | Node;
    value?: T;
    format?: (value: T) => string | Node;
    [option: string]: unknown;
  }
  export function radio<T>(data: Iterable<T>, options?: Options<T>): Input<T>;
  export function select<T>(data: Iterable<T>, options?: Options<T> & {multiple?: boolean}): Input<T>;
  export function checkbox<T>(data: Iterable<T>, options?: Options<T[]>): Input<T[]>;
  export function toggle(options?: Options<boolean>): Input<boolean>;
  export function text(options?: Options<string> & {placeholder?: string}): Input<string>;
  export function textarea(
    options?: Options<string> & {rows?: number; placeholder?: string; submit?: boolean | string}
  ): Input<string>;
  export function search<T>(data: Iterable<T>, options?: Options<T[]> & {placeholder?: string}): Input<T[]>;
  export function table<T>(data: Iterable<T>, options?: Record<string, unknown>): Input<T[]>;
  export function button(content?: string | Node, options?: Record<string, unknown>): Input<unknown>;
}
