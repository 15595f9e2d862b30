// Preloaded (node --import) into every process of a build that must work without network when the test cannot make a
// network namespace (not root): name lookups fail as on an unplugged machine, and connections go to loopback only.
import dns from "node:dns";
import net from "node:net";

const refuse = (host) =>
  Object.assign(new Error(`getaddrinfo EAI_AGAIN ${host} (network denied)`), {code: "EAI_AGAIN"});
const local = (host) => host === "localhost" || host === "::1" || /^127\./.test(String(host));

const lookup = dns.lookup;
dns.lookup = (host, ...rest) => {
  const done = rest.at(-1);
  if (local(host)) return lookup(host, ...rest);
  process.nextTick(() => done(refuse(host)));
};
dns.promises.lookup = async (host, options) => {
  if (local(host))
    return lookup.__promisify__ ? lookup.__promisify__(host, options) : {address: "127.0.0.1", family: 4};
  throw refuse(host);
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = typeof args[0] === "object" ? args[0] : {port: args[0], host: args[1]};
  if (options.path === undefined && options.host && net.isIP(options.host) && !local(options.host))
    throw refuse(options.host);
  return connect.apply(this, args);
};
