// Recognises headers that name personal data (names, phones, IDs, addresses, IPs, places) so it can be kept apart.
import {normalizeText} from "./normalize-text.js";

const PII: RegExp[] = [
  /姓名|名字/,
  /手机号|^手机$|电话|联系方式/,
  /身份证|证件号/,
  /微信号|QQ号/i,
  /住址|地址/,
  /邮箱|电子邮件|e-?mail/i,
  /经纬度|latitude|longitude/i,
  /(?:^|[^a-z])ip(?:[^a-z]|$)|address/i,
  /(?:^|[^a-z])name(?:[^a-z]|$)|(?:first|last|full|sur|given|family|user) ?_?name/i,
  // Not "iPhone", which is an answer option, not a phone number.
  /(?:^|[^a-z])(?:tele|cell|mobile ?)?phone/i
];

/** Whether a header or question text asks for personal data: 姓名, 手机号码, 身份证, 来自IP, email, 邮箱, name, phone, … */
export function isPiiHeader(header: string): boolean {
  const text = normalizeText(header);
  return PII.some((pattern) => pattern.test(text));
}
