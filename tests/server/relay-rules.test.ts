// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  checkTarget,
  looksLikeMedia,
  parseAllowHosts,
  refuseAddress,
  refuseContentType,
  refuseDnsAnswer,
} from '../../scripts/lib/relay-rules.mjs';

// Pure checks over addresses: nothing here opens a connection.
describe('the relay’s address rule', () => {
  it.each([
    ['10.0.0.1', /private network/],
    ['172.16.5.4', /private network/],
    ['192.168.1.1', /private network/],
    ['127.0.0.1', /loopback/],
    ['127.255.255.254', /loopback/],
    ['169.254.169.254', /cloud metadata/],
    ['169.254.1.1', /link-local/],
    ['100.100.100.200', /cloud metadata/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['0.0.0.0', /unspecified/],
    ['255.255.255.255', /broadcast/],
    ['224.0.0.1', /multicast/],
    ['192.0.2.1', /reserved/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fe80::1', /link-local/],
    ['fd00:ec2::254', /cloud metadata/],
    ['fc00::1', /unique local/],
    ['::ffff:10.0.0.1', /10\.0\.0\.1 is a private network/],
    ['::ffff:127.0.0.1', /127\.0\.0\.1 is a loopback/],
    ['::ffff:169.254.169.254', /cloud metadata/],
    ['[::ffff:7f00:1]', /127\.0\.0\.1 is a loopback/],
    ['2002:7f00:1::', /6to4/],
    ['64:ff9b::7f00:1', /NAT64/],
    ['2001::1', /Teredo/],
    ['fe80::1%eth0', /link-local/],
    ['not-an-ip', /not an IP address/],
  ])('refuses %s', (address, reason) => {
    expect(refuseAddress(address)).toMatch(reason);
  });

  it.each(['8.8.8.8', '1.1.1.1', '151.101.1.1', '2606:4700::1111', '2a00:1450:4001::200e'])(
    'allows the public address %s',
    (address) => {
      expect(refuseAddress(address)).toBeNull();
    },
  );

  it('refuses a DNS answer when any address in it is not public', () => {
    expect(refuseDnsAnswer('feeds.example', ['93.184.216.34'])).toBeNull();
    expect(refuseDnsAnswer('feeds.example', ['93.184.216.34', '10.1.2.3'])).toMatch(
      /^feeds\.example resolves to 10\.1\.2\.3 is a private network address/,
    );
    expect(refuseDnsAnswer('rebind.example', ['::ffff:192.168.0.1'])).toMatch(/private/);
    expect(refuseDnsAnswer('meta.example', ['169.254.169.254'])).toMatch(/metadata/);
    expect(refuseDnsAnswer('nothing.example', [])).toMatch(/no address/);
  });

  it.each([
    ['http://127.0.0.1/feed.xml', 403, /loopback/],
    ['http://2130706433/', 403, /127\.0\.0\.1 is a loopback/],
    ['http://0x7f.1/', 403, /127\.0\.0\.1 is a loopback/],
    ['http://0177.0.0.1/', 403, /loopback/],
    ['http://127.1/', 403, /loopback/],
    ['http://[::1]:8080/', 403, /loopback/],
    ['http://[::ffff:10.0.0.1]/', 403, /private/],
    ['http://169.254.169.254/latest/meta-data/', 403, /metadata/],
    ['http://metadata.google.internal/computeMetadata/v1/', 403, /metadata or internal/],
    ['http://localhost:4173/', 403, /this machine/],
    ['http://app.localhost/', 403, /this machine/],
    ['file:///etc/passwd', 400, /Only http and https/],
    ['gopher://example.com/', 400, /Only http and https/],
    ['http://user:secret@example.com/', 400, /user name or password/],
    ['not a url', 400, /not a URL/],
    ['', 400, /Give the address/],
  ])('checkTarget refuses %s with %i', (raw, status, reason) => {
    const result = checkTarget(raw);
    expect(result.status).toBe(status);
    expect(result.reason).toMatch(reason);
  });

  it('lets public names through to the DNS check, and exempts listed host:port pairs', () => {
    expect(checkTarget('https://feeds.example.com/rss').url?.href).toBe(
      'https://feeds.example.com/rss',
    );
    const allow = parseAllowHosts(' 127.0.0.1:4180 , Intranet.Local:80 ');
    expect(checkTarget('http://127.0.0.1:4180/feed.xml', allow)).toMatchObject({ isExempt: true });
    expect(checkTarget('http://intranet.local/feed.xml', allow)).toMatchObject({ isExempt: true });
    // The exemption is for that port only.
    expect(checkTarget('http://127.0.0.1:4181/feed.xml', allow).status).toBe(403);
  });

  it('passes feeds, transcripts and chapters; never audio, video or images', () => {
    for (const type of [
      'application/rss+xml; charset=utf-8',
      'text/xml',
      'application/json',
      'application/json+chapters',
      'text/vtt',
      'application/x-subrip',
      'application/srt',
      'text/html',
      undefined,
    ]) {
      expect(refuseContentType(type)).toBeNull();
    }
    expect(refuseContentType('audio/mpeg')).toMatch(/never relayed/);
    expect(refuseContentType('video/mp4')).toMatch(/never relayed/);
    expect(refuseContentType('image/png')).toMatch(/not a feed/);
    expect(looksLikeMedia(new TextEncoder().encode('ID3\u0004'))).toBe(true);
    expect(looksLikeMedia(new TextEncoder().encode('WEBVTT\n'))).toBe(false);
  });
});
