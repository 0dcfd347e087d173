package parse

import "bytes"

// parseEpoch reads a Unix time written as a decimal number: seconds (possibly with a fraction or an
// exponent, such as 1.7e9), milliseconds, microseconds or nanoseconds, told apart by magnitude.
// The whole of b must be the number.
func parseEpoch(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 40 {
		return 0, false
	}
	var mant uint64
	i, nd, exp := 0, 0, 0
	for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		if nd < 19 {
			mant = mant*10 + uint64(b[i]-'0')
			nd++
		} else {
			exp++
		}
	}
	if i == 0 {
		return 0, false
	}
	intDigits := i
	if i < len(b) && b[i] == '.' {
		i++
		start := i
		for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
			if nd < 19 {
				mant = mant*10 + uint64(b[i]-'0')
				nd++
				exp--
			}
		}
		if i == start {
			return 0, false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		neg := false
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			neg = b[i] == '-'
			i++
		}
		e, start := 0, i
		for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
			if e < 1000 {
				e = e*10 + int(b[i]-'0')
			}
		}
		if i == start {
			return 0, false
		}
		if neg {
			e = -e
		}
		exp += e
	}
	if i != len(b) {
		return 0, false
	}
	_ = intDigits
	return epochScale(mant, exp)
}

// epochScale turns mant·10^exp into Unix nanoseconds, guessing the unit from the magnitude of the
// value: below 1e11 it is seconds (up to year 5138), below 1e14 milliseconds, below 1e17
// microseconds, otherwise nanoseconds.
func epochScale(mant uint64, exp int) (int64, bool) {
	if mant == 0 {
		return 0, false
	}
	// Normalize to an integer part and a nanosecond fraction of "value" in its own units.
	// The magnitude decides the unit: count the digits of the integer part.
	nd := 0
	for m := mant; m > 0; m /= 10 {
		nd++
	}
	intLen := nd + exp // digits of the integer part of the value
	var toNs int       // power of ten that converts the value to nanoseconds
	switch {
	case intLen <= 11:
		toNs = 9
	case intLen <= 14:
		toNs = 6
	case intLen <= 17:
		toNs = 3
	case intLen <= 19:
		toNs = 0
	default:
		return 0, false
	}
	p := exp + toNs
	v := mant
	for ; p < 0; p++ {
		v /= 10
	}
	for ; p > 0; p-- {
		if v > (1<<63-1)/10 {
			return 0, false
		}
		v *= 10
	}
	if v > 1<<63-1 {
		return 0, false
	}
	return int64(v), true
}

// parseTimeValue reads a timestamp that is a whole value (a JSON string or logfmt value): an ISO
// 8601 time, or a Unix epoch number from 1990 on (a smaller number under a time key counts
// something else: package:test's milliseconds since its run began).
func parseTimeValue(b []byte, w *wallClock) (int64, bool) {
	if t, n, ok := parseISO(b, w); ok && n == len(b) {
		return t, true
	}
	if t, ok := parseEpoch(b); ok {
		return t, t >= earliestPlausible
	}
	if n := len(b); n > 2 && b[0] == '[' && b[n-1] == ']' {
		b = b[1 : n-1] // the common log format's bracketed time kept whole (gunicorn's %(t)s in a JSON access format)
	}
	// Any other spelling the locator reads, as a whole value: "Sun Nov 29 07:41:16 2026 UTC",
	// "29/11/2026 07:41:16", Mattermost's "2026-11-29 07:41:16.123 Z".
	if len(b) > 0 && (isAlpha(b[0]) || isDigit(b[0])) {
		return wholeDateTime(b, w)
	}
	return 0, false
}

// maxPlausible is the clock a whole time value is read against: such values carry their year,
// so only the window's far end matters.
const maxPlausible = 1 << 62

// dotNetDate reads the date .NET's JSON serializers write, as PowerShell 5's ConvertTo-Json does
// for an event's TimeCreated: "\/Date(1764401476412)\/", milliseconds since 1970, the slashes
// escaped or not. An offset after the number ("\/Date(1764401476412+0100)\/") names the zone the
// value was in; the milliseconds are UTC's all the same.
func dotNetDate(v []byte) (int64, bool) {
	v = bytes.TrimPrefix(bytes.TrimSuffix(v, []byte(`\/`)), []byte(`\/`))
	v = bytes.TrimPrefix(bytes.TrimSuffix(v, []byte("/")), []byte("/"))
	if !bytes.HasPrefix(v, []byte("Date(")) || !bytes.HasSuffix(v, []byte(")")) {
		return 0, false
	}
	v = v[len("Date(") : len(v)-1]
	if k := bytes.IndexAny(v[min(len(v), 1):], "+-"); k >= 0 {
		v = v[:k+1]
	}
	if len(v) == 0 || len(v) > 15 || !digitsOnly(v) {
		return 0, false
	}
	var ms int64
	for _, c := range v {
		ms = ms*10 + int64(c-'0')
	}
	return ms * 1e6, ms*1e6 >= earliestPlausible
}
