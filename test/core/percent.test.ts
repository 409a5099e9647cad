import { describe, expect, it } from "vitest";
import { decimalText, percentToRate } from "../../core";

const RISE = { what: "pay rise", whatDa: "lønstigning", blankDa: "tom" };

describe("percentToRate", () => {
  it.each([
    ["4", 0.04],
    ["1,76", 0.0176],
    ["1.76 %", 0.0176],
    ["-0,5%", -0.005],
    [",5", 0.005],
  ])("%s %% is %s", (text, rate) => {
    expect(percentToRate(text, RISE)).toBe(rate);
  });

  it.each([
    ["", "pay rise is blank; enter 0 if there is none"],
    ["fire", 'pay rise is text ("fire"); a number is needed'],
    ["1.234,5", 'pay rise is text ("1.234,5"); a number is needed'],
  ])("%s is refused", (text, message) => {
    expect(() => percentToRate(text, RISE)).toThrow(message);
  });
});

describe("decimalText", () => {
  it.each([
    ["0,5", 0.5],
    ["12.25", 12.25],
    ["-3", -3],
  ])("%s is %s", (text, value) => {
    expect(decimalText(text, RISE)).toBe(value);
  });

  it.each([
    ["", "pay rise is blank; enter 0 if there is none"],
    ["1.234,5", 'pay rise is text ("1.234,5"); a number is needed'],
    ["5 %", 'pay rise is text ("5 %"); a number is needed'],
  ])("%s is refused", (text, message) => {
    expect(() => decimalText(text, RISE)).toThrow(message);
  });
});
