# Why an address typed or given could not be used: each message names the problem and what was
# expected. Examples (example.com, 127.0.0.1:53, [2001:db8::1]) and "http://", "https://", "//",
# "%20" stay as they are.

input-empty = the address is empty: type a web address such as example.com
input-malformed = the address could not be understood: { $reason }
input-too-long = the address is { $len } characters long: at most { $max } are accepted
input-unsupported-scheme = the scheme "{ $scheme }" is not supported: only http:// and https:// addresses can be checked
input-missing-slashes = expected "//" after "{ $scheme }:", as in { $scheme }://example.com/
input-empty-host = the host name is missing: expected a host after "//", as in https://example.com/
input-whitespace = the address contains a space: web addresses cannot contain spaces (use %20 in a path)
input-control-char = the address contains an invisible control character ({ $code }): retype the address
input-port-not-number = the port "{ $port }" is not a number: expected a port from 1 to 65535
input-port-out-of-range = the port { $port } is out of range: expected a port from 1 to 65535
input-port-zero = port 0 cannot be connected to: expected a port from 1 to 65535
input-missing-port = "{ $input }" has no port: expected HOST:PORT, as in 127.0.0.1:53
input-invalid-host-char = the host "{ $host }" contains { $char }, which is not allowed in host names: expected letters, digits, hyphens and dots
input-host-too-long = the host name is { $len } characters long: at most 253 are allowed
input-label-too-long = the part "{ $label }" of the host name is { $len } characters long: each part between dots may have at most 63
input-empty-label = the host "{ $host }" has an empty part between dots: expected a name like www.example.com
input-invalid-idn = the host "{ $host }" is not a valid international domain name
input-invalid-ipv4 = the host "{ $host }" ends in a number, so it is read as an IPv4 address, but it is not a valid one: expected a name like example.com or four numbers from 0 to 255, as in 192.0.2.1
input-invalid-ipv6 = "{ $host }" is not a valid IPv6 address: expected something like [2001:db8::1]
input-unbracketed-ipv6 = an IPv6 address needs square brackets in an address: expected [2001:db8::1] or [2001:db8::1]:8443
input-origin = Origin server: { $error }
address-port-zero = port 0 in "{ $input }" is not a port a server listens on
address-host-name = "{ $host }" is a name, but an IP address is needed here (it must not depend on DNS): expected 203.0.113.10, 203.0.113.10:8080 or [2001:db8::1]:443
address-not-ip-port = expected an IP address with an optional port (203.0.113.10, 203.0.113.10:8080 or [2001:db8::1]:443), got "{ $input }"
address-not-ip = expected an IP address (203.0.113.10 or 2001:db8::1), got "{ $input }"
