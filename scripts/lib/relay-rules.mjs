/**
 * The relay's rules, as pure functions: which addresses it may fetch (checked on the address
 * itself, on every DNS answer, and again on every redirect), which answers it may pass on, and
 * how it says no. Nothing here opens a connection, so the rules are tested over tables of
 * addresses and injected DNS answers without any traffic.
 */
import ipaddr from 'ipaddr.js';

/** Host names that mean a cloud machine's metadata service whatever they resolve to. */
const METADATA_HOSTS = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
]);

/** Metadata services by address (also inside the ranges refused below; named for the reason). */
const METADATA_ADDRESSES = new Set([
  '169.254.169.254',
  '169.254.170.2',
  '100.100.100.200',
  'fd00:ec2::254',
]);

/** Words for each ipaddr.js range that is refused. */
const RANGE_WORDS = {
  private: 'a private network address',
  loopback: 'a loopback address (this machine)',
  linkLocal: 'a link-local address',
  uniqueLocal: 'a private network address (IPv6 unique local)',
  carrierGradeNat: 'a shared address space (carrier-grade NAT)',
  unspecified: 'the unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
  benchmarking: 'a benchmarking address',
  '6to4': 'a 6to4 address (it embeds an IPv4 address)',
  teredo: 'a Teredo address (it embeds an IPv4 address)',
  rfc6052: 'a NAT64 address (it embeds an IPv4 address)',
  rfc6145: 'an IPv4-translated address',
  ipv4Mapped: 'an IPv4-mapped address',
};

/**
 * Why `address` (an IPv4 or IPv6 literal) may not be fetched, or null when it is a public
 * unicast address. IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it maps.
 */
export function refuseAddress(address) {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return `"${address}" is not an IP address`;
  const parsed = ipaddr.process(bare);
  const normal = parsed.toString();
  if (METADATA_ADDRESSES.has(normal)) return `${normal} is a cloud metadata service`;
  const range = parsed.range();
  if (range === 'unicast') return null;
  return `${normal} is ${RANGE_WORDS[range] ?? `in the "${range}" range`}`;
}

/**
 * Why a host's DNS answer may not be fetched, or null. Every address in the answer must pass:
 * a name that resolves to one public and one private address is refused.
 */
export function refuseDnsAnswer(host, addresses) {
  if (addresses.length === 0) return `${host} has no address`;
  for (const address of addresses) {
    const reason = refuseAddress(address);
    if (reason) return `${host} resolves to ${reason}`;
  }
  return null;
}

/** `host:port` as the allow list names it (the port spelled out, 80 or 443 by default). */
export function hostKey(url) {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.hostname.replace(/^\[|\]$/g, '')}:${port}`;
}

/** Parses TANDEM_RELAY_ALLOW_HOSTS ("127.0.0.1:4180,intranet.local:80"). */
export function parseAllowHosts(value) {
  return new Set(
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean),
  );
}

/**
 * The first check on an address the relay is asked for: a URL, http or https, no credentials,
 * and, when its host is an IP literal (in any spelling the URL standard accepts: 2130706433,
 * 0x7f.1, [::ffff:127.0.0.1]), an address that may be fetched. Host names are checked again
 * once resolved. Returns { url, isExempt } or { status, reason }.
 */
export function checkTarget(raw, allowHosts = new Set()) {
  if (typeof raw !== 'string' || raw.trim() === '') {
    return { status: 400, reason: 'Give the address to fetch as ?url=.' };
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    return { status: 400, reason: `"${raw.slice(0, 200)}" is not a URL.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      status: 400,
      reason: `Only http and https addresses are relayed, not ${url.protocol}`,
    };
  }
  if (url.username || url.password) {
    return { status: 400, reason: 'Addresses with a user name or password are not relayed.' };
  }
  const isExempt = allowHosts.has(hostKey(url).toLowerCase());
  if (isExempt) return { url, isExempt };
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (METADATA_HOSTS.has(host) || host.endsWith('.internal')) {
    return {
      status: 403,
      reason: `${host} is a cloud metadata or internal name; it is not relayed.`,
    };
  }
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return { status: 403, reason: `${host} is this machine; it is not relayed.` };
  }
  if (ipaddr.isValid(host)) {
    const reason = refuseAddress(host);
    if (reason) return { status: 403, reason: `${reason}; it is not relayed.` };
  }
  return { url, isExempt };
}

/** Types the relay passes on: feeds, transcripts, chapters. Never audio, video or images. */
const ALLOWED_TYPES = [
  /^text\//,
  /^application\/(?:rss\+xml|atom\+xml|xml|json|json\+chapters|x-subrip|srt|vtt|ld\+json)$/,
  /^application\/octet-stream$/,
];

/**
 * Why an answer of this content type may not be passed on, or null. A missing type is allowed
 * and sniffed like octet-stream (see looksLikeMedia).
 */
export function refuseContentType(contentType) {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === '') return null;
  if (ALLOWED_TYPES.some((pattern) => pattern.test(type))) return null;
  if (/^(audio|video)\//.test(type)) {
    return `the address is ${type} media; audio is played from its host directly, never relayed`;
  }
  return `the address is ${type}, not a feed, transcript or chapters file`;
}

const ascii = (text) => [...text].map((c) => c.charCodeAt(0));
const MEDIA_SIGNATURES = [
  { at: 0, bytes: ascii('ID3') },
  { at: 0, bytes: [0xff, 0xfb] },
  { at: 0, bytes: [0xff, 0xf3] },
  { at: 0, bytes: [0xff, 0xf2] },
  { at: 0, bytes: [0xff, 0xf1] },
  { at: 0, bytes: ascii('RIFF') },
  { at: 0, bytes: ascii('OggS') },
  { at: 0, bytes: ascii('fLaC') },
  { at: 4, bytes: ascii('ftyp') },
  { at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
];

/** Whether the first bytes of an untyped answer are audio or video (which is never relayed). */
export function looksLikeMedia(head) {
  return MEDIA_SIGNATURES.some((s) => s.bytes.every((byte, i) => head[s.at + i] === byte));
}
