package parse

import "time"

// appendTime appends the Unix nanosecond time ns as time.RFC3339Nano writes it in UTC: the
// fraction without its trailing zeros, none when it is zero, and "Z". Every entry of JSON Lines
// carries one. Times before 1970 go through time, whose output this matches byte for byte; an
// int64 of nanoseconds ends in 2262.
func appendTime(dst []byte, ns int64) []byte {
	if ns < 0 {
		return time.Unix(0, ns).UTC().AppendFormat(dst, time.RFC3339Nano)
	}
	secs, frac := uint64(ns)/1e9, uint32(uint64(ns)%1e9)
	y, mo, d := civilDate(secs / 86400)
	s := uint32(secs % 86400)
	var b [30]byte
	put2(b[0:], y/100)
	put2(b[2:], y%100)
	b[4] = '-'
	put2(b[5:], mo)
	b[7] = '-'
	put2(b[8:], d)
	b[10] = 'T'
	put2(b[11:], s/3600)
	b[13] = ':'
	put2(b[14:], s/60%60)
	b[16] = ':'
	put2(b[17:], s%60)
	n := 19
	if frac != 0 {
		b[19] = '.'
		put2(b[20:], frac/1e7)
		put2(b[22:], frac/1e5%100)
		put2(b[24:], frac/1e3%100)
		put2(b[26:], frac/10%100)
		b[28] = byte('0' + frac%10)
		n = 29
		for b[n-1] == '0' {
			n--
		}
	}
	b[n] = 'Z'
	return append(dst, b[:n+1]...)
}

// civilDate converts days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
// civil_from_days, for days >= 0).
func civilDate(days uint64) (year, month, day uint32) {
	z := days + 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = uint32(doy - (153*mp+2)/5 + 1)
	month = uint32(mp + 3)
	if month > 12 {
		month -= 12
	}
	year = uint32(yoe + era*400)
	if month <= 2 {
		year++
	}
	return year, month, day
}

const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839" +
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879" +
	"8081828384858687888990919293949596979899"

// put2 writes v (0–99) as two digits at b[0:2].
func put2(b []byte, v uint32) {
	b[0], b[1] = digitPairs[2*v], digitPairs[2*v+1]
}
