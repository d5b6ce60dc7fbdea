package io.certscan.adapter.documents;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Which addresses a url source may reach: every public address, and of the internal ones only
 * those an operator listed. Internal means loopback, private, shared (carrier-grade NAT),
 * link-local (169.254.169.254 is the cloud metadata service), multicast, unspecified, reserved and
 * documentation ranges, for IPv4 and IPv6, including IPv4 addresses wrapped in IPv6 (mapped,
 * compatible, NAT64, 6to4).
 */
final class AddressPolicy
{
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern HOST_NAME = Pattern.compile("(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\\.?");

    private record Range(byte[] network, int prefix, String kind)
    {
        boolean contains(byte[] address)
        {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private static final List<Range> INTERNAL = List.of(
            range("0.0.0.0/8", "unspecified"), range("10.0.0.0/8", "private"), range("100.64.0.0/10", "shared (carrier-grade NAT)"),
            range("127.0.0.0/8", "loopback"), range("169.254.0.0/16", "link-local"), range("172.16.0.0/12", "private"),
            range("192.0.0.0/24", "reserved"), range("192.0.2.0/24", "documentation"), range("192.168.0.0/16", "private"),
            range("198.18.0.0/15", "benchmarking"), range("198.51.100.0/24", "documentation"), range("203.0.113.0/24", "documentation"),
            range("224.0.0.0/4", "multicast"), range("240.0.0.0/4", "reserved"),
            range("::/128", "unspecified"), range("::1/128", "loopback"), range("::/96", "IPv4-compatible"), range("64:ff9b:1::/48", "local NAT64"),
            range("100::/64", "discard"), range("2001::/32", "Teredo"), range("2001:db8::/32", "documentation"),
            range("fc00::/7", "unique local"), range("fe80::/10", "link-local"), range("fec0::/10", "site-local"), range("ff00::/8", "multicast"));
    /** IPv6 ranges that carry an IPv4 address, and where: NAT64 (last four bytes), 6to4 (bytes 2 to 5), mapped (last four). */
    private static final Range NAT64 = range("64:ff9b::/96", "NAT64");
    private static final Range SIX_TO_FOUR = range("2002::/16", "6to4");
    /** Written out: Java reads the literal ::ffff:0:0 as the IPv4 address 0.0.0.0. */
    private static final Range MAPPED = new Range(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0}, 96, "IPv4-mapped");

    private final Set<String> hosts;
    private final List<Range> allowed;

    private AddressPolicy(Set<String> hosts, List<Range> allowed)
    {
        this.hosts = Set.copyOf(hosts);
        this.allowed = List.copyOf(allowed);
    }

    /**
     * @param allowedHosts comma-separated host names, addresses and CIDR blocks that may be reached although internal
     * @throws IllegalArgumentException naming the entry it cannot read
     */
    static AddressPolicy parse(String allowedHosts)
    {
        requireNonNull(allowedHosts, "allowedHosts is null");
        Set<String> hosts = new HashSet<>();
        List<Range> ranges = new ArrayList<>();
        for (String entry : allowedHosts.split(",")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            String address = item.contains("/") ? item.substring(0, item.indexOf('/')) : item;
            if (IPV4.matcher(address).matches() || IPV6.matcher(address).matches()) {
                ranges.add(allowedRange(item));
            }
            else if (HOST_NAME.matcher(item).matches() && !item.contains("/")) {
                hosts.add(hostKey(item));
            }
            else {
                throw new IllegalArgumentException("url.allowed-hosts: '" + item + "' is neither a host name, an address nor a CIDR block");
            }
        }
        return new AddressPolicy(hosts, ranges);
    }

    /** Whether a URL naming {@code host} may connect to {@code address}, one of the host's addresses. */
    boolean permits(String host, InetAddress address)
    {
        return internalKind(address).isEmpty() || hosts.contains(hostKey(host)) || allowed.stream().anyMatch(range -> range.contains(address.getAddress()));
    }

    /** What kind of internal address this is ("loopback", "private" …), or empty for a public address. */
    static Optional<String> internalKind(InetAddress address)
    {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            Optional<byte[]> wrapped = MAPPED.contains(bytes) || NAT64.contains(bytes) ? Optional.of(Arrays.copyOfRange(bytes, 12, 16))
                    : SIX_TO_FOUR.contains(bytes) ? Optional.of(Arrays.copyOfRange(bytes, 2, 6)) : Optional.empty();
            if (wrapped.isPresent()) {
                Optional<String> inner = kindOf(wrapped.get());
                return inner.map(kind -> kind + " (inside an IPv6 address)");
            }
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        return kindOf(bytes);
    }

    private static Optional<String> kindOf(byte[] bytes)
    {
        return INTERNAL.stream().filter(range -> range.contains(bytes)).map(Range::kind).findFirst();
    }

    private static String hostKey(String host)
    {
        String key = host.toLowerCase(Locale.ROOT);
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }

    private static Range allowedRange(String cidr)
    {
        try {
            return parseRange(cidr, "allowed");
        }
        catch (IllegalArgumentException wrong) {
            throw new IllegalArgumentException("url.allowed-hosts: '" + cidr + "' " + wrong.getMessage());
        }
    }

    private static Range range(String cidr, String kind)
    {
        return parseRange(cidr, kind);
    }

    private static Range parseRange(String cidr, String kind)
    {
        int slash = cidr.indexOf('/');
        String literal = slash < 0 ? cidr : cidr.substring(0, slash);
        byte[] network;
        try {
            // Only literals get here (checked by pattern), so this never asks DNS.
            network = InetAddress.getByName(literal).getAddress();
        }
        catch (UnknownHostException | SecurityException e) {
            throw new IllegalArgumentException("is not an address");
        }
        int bits = network.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("has no number of bits after its /");
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("has a prefix longer than its " + bits + " bits");
        }
        return new Range(network, prefix, kind);
    }

    /** A literal address written in a URL's host, without asking DNS; empty for a host name. */
    static Optional<InetAddress> literal(String host)
    {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!IPV4.matcher(bare).matches() && !IPV6.matcher(bare).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        }
        catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
