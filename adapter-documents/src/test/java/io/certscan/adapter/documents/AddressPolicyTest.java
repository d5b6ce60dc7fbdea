package io.certscan.adapter.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressPolicyTest
{
    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.255.0.9", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "224.0.0.1", "255.255.255.255", "198.18.0.1",
            "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "fec0::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::", "2002:c0a8:101::1", "::127.0.0.1"})
    void internalAddressesAreInternal(String literal)
            throws UnknownHostException
    {
        InetAddress address = InetAddress.getByName(literal);

        assertThat(AddressPolicy.internalKind(address)).as(literal).isPresent();
        assertThat(AddressPolicy.parse("").permits("example.com", address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "2400:3200::1", "64:ff9b::808:808", "2002:808:808::1"})
    void publicAddressesArePublic(String literal)
            throws UnknownHostException
    {
        InetAddress address = InetAddress.getByName(literal);

        assertThat(AddressPolicy.internalKind(address)).as(literal).isEmpty();
        assertThat(AddressPolicy.parse("").permits("example.com", address)).isTrue();
    }

    @Test
    void theMetadataServiceIsCalledLinkLocal()
            throws UnknownHostException
    {
        assertThat(AddressPolicy.internalKind(InetAddress.getByName("169.254.169.254"))).hasValue("link-local");
        assertThat(AddressPolicy.internalKind(InetAddress.getByName("::ffff:169.254.169.254"))).hasValue("link-local");
        assertThat(AddressPolicy.internalKind(InetAddress.getByName("64:ff9b::a9fe:a9fe"))).hasValue("link-local (inside an IPv6 address)");
    }

    @Test
    void listedHostsAndBlocksAreAllowedAndNothingElse()
            throws UnknownHostException
    {
        AddressPolicy policy = AddressPolicy.parse(" intranet.example , 10.20.0.0/16, 192.168.1.5, fd00::/8 ,");

        assertThat(policy.permits("intranet.example", InetAddress.getByName("10.99.0.1"))).isTrue();
        assertThat(policy.permits("INTRANET.example.", InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(policy.permits("other.example", InetAddress.getByName("10.20.3.4"))).isTrue();
        assertThat(policy.permits("other.example", InetAddress.getByName("10.21.0.1"))).isFalse();
        assertThat(policy.permits("other.example", InetAddress.getByName("192.168.1.5"))).isTrue();
        assertThat(policy.permits("other.example", InetAddress.getByName("192.168.1.6"))).isFalse();
        assertThat(policy.permits("other.example", InetAddress.getByName("fd12::1"))).isTrue();
        assertThat(policy.permits("other.example", InetAddress.getByName("fc00::1"))).isFalse();
        assertThat(policy.permits("other.example", InetAddress.getByName("169.254.169.254"))).isFalse();
    }

    @Test
    void unreadableEntriesAreRefusedByName()
    {
        assertThatThrownBy(() -> AddressPolicy.parse("10.0.0.0/33")).hasMessageContaining("'10.0.0.0/33'").hasMessageContaining("prefix longer");
        assertThatThrownBy(() -> AddressPolicy.parse("intranet, bad host")).hasMessageContaining("'bad host'");
        assertThatThrownBy(() -> AddressPolicy.parse("10.0.0.0/x")).hasMessageContaining("'10.0.0.0/x'");
        assertThatThrownBy(() -> AddressPolicy.parse("http://intranet/")).hasMessageContaining("neither a host name");
    }

    @Test
    void literalsAreReadWithoutDns()
    {
        assertThat(AddressPolicy.literal("127.0.0.1")).isPresent();
        assertThat(AddressPolicy.literal("[::1]")).isPresent();
        assertThat(AddressPolicy.literal("example.com")).isEmpty();
    }
}
