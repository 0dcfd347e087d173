package parse

import "testing"

// TestAddressOrDomain checks which words in a syslog header's bracketed host place are hosts:
// addresses and names with a domain, not uptimes, versions, facilities, threads or ports.
func TestAddressOrDomain(t *testing.T) {
	for w, want := range map[string]bool{
		"10.20.0.7":           true,
		"255.255.255.255":     true,
		"256.1.1.1":           false,
		"10.20.0":             false,
		"10.20.0.7.1":         false,
		"12346.000001":        false,
		"fe80::5054:ff:fe12":  true,
		"FE80::1":             true,
		"fe80::g1":            false,
		"sw4.example.net":     true,
		"v1.2.3":              false,
		"daemon.err":          false,
		"worker-2":            false,
		"203.0.113.5:443":     false,
		"pool-1-thread-3":     false,
		"edge.example.net:22": false,
	} {
		if got := addressOrDomain([]byte(w)); got != want {
			t.Errorf("addressOrDomain(%q) = %v, want %v", w, got, want)
		}
	}
}
