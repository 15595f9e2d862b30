import {describe, expect, it} from "vitest";
import {isPiiHeader} from "../../../loaders/read/pii.js";

describe("isPiiHeader(header)", () => {
  it.each([
    "姓名",
    "您的姓名：",
    "孩子的名字",
    "手机",
    "手机号码",
    "联系电话",
    "身份证号",
    "微信号",
    "家庭住址",
    "邮箱",
    "来自IP",
    "IP",
    "IPAddress",
    "E-mail",
    "RecipientEmail",
    "name",
    "RecipientLastName",
    "Phone number",
    "Telephone",
    "经纬度",
    "LocationLatitude"
  ])("flags %s", (header) => expect(isPiiHeader(header)).toBe(true));

  it.each([
    "手机部数",
    "手机价格",
    "iPhone",
    "社交类软件(如微信、微博、QQ等)",
    "Hi-Fi音质",
    "IT数码",
    "VIP",
    "filename",
    "组别",
    "所用时间",
    "1、我能够表达自己的情绪"
  ])("leaves %s", (header) => expect(isPiiHeader(header)).toBe(false));
});
