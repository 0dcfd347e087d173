package parse

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Zone abbreviations as logs write them after a time ("2026-11-29 07:41:16.123 CEST", ctime's
// "Sat Nov 29 07:41:16 EST 2026"). An abbreviation names an offset only by convention, and a few
// name more than one: the machine's own zone database decides first (a log read on the machine
// that wrote it is by far the common case), and the table below only for names that zone does not
// use. The table's choice for an ambiguous name is the one with the most users: IST is India,
// CST is US Central, BST is British Summer Time.

// zoneAbbrevs maps an abbreviation to its offset east of UTC, in minutes.
var zoneAbbrevs = map[string]int{
	"UTC": 0, "GMT": 0, "UT": 0, "WET": 0, "WEST": 60, "BST": 60, "IST": 330, "CET": 60, "CEST": 120,
	"MET": 60, "MEST": 120, "EET": 120, "EEST": 180, "MSK": 180, "TRT": 180, "GST": 240, "PKT": 300,
	"ICT": 420, "WIB": 420, "CST": -360, "HKT": 480, "SGT": 480, "AWST": 480, "PHT": 480, "JST": 540,
	"KST": 540, "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
	"EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
	"AKST": -540, "AKDT": -480, "HST": -600, "AST": -240, "ADT": -180, "NST": -210, "NDT": -150,
	"BRT": -180, "ART": -180, "CLT": -240, "SAST": 120, "CAT": 120, "EAT": 180, "WAT": 60,
	// Java's German names for Central European time, as a JVM under de_DE writes them.
	"MEZ": 60, "MESZ": 120,
}

// zoneAbbrev reads an upper-case zone abbreviation as a whole word at b[i:] and returns its
// offset in seconds and the index after it. wall is the time read before it, as if it were UTC:
// the local zone is asked what it calls that moment (and the moment half a year away, its other
// season), so that a machine in Dublin reads IST as Irish time.
func zoneAbbrev(b []byte, i int, wall int64, w *wallClock) (offset int, end int, ok bool) {
	j := abbrevEnd(b, i)
	if j == i {
		return longZoneName(b, i)
	}
	name := b[i:j]
	if w != nil && w.loc != nil && w.loc != time.UTC {
		const halfYear = 182 * secPerDay * nsPerSec
		for _, at := range [2]int64{wall, wall + halfYear} {
			if zn, off := time.Unix(0, at).In(w.loc).Zone(); zn == string(name) {
				return off, j, true
			}
		}
	}
	if string(name) == "CST" && chineseSource(b, w) {
		return 480 * 60, j, true // China's (and Taiwan's) Standard Time
	}
	if min, known := zoneAbbrevs[string(name)]; known {
		return min * 60, j, true
	}
	return 0, i, false
}

// chineseSource reports whether the source that wrote b writes in Chinese: b, or a line of the
// source before it, is written so (see hanText). The verdict is the source's, so that its lines
// with and without Chinese words read their CST alike.
func chineseSource(b []byte, w *wallClock) bool {
	if w != nil && w.chinese {
		return true
	}
	if !hanText(b) {
		return false
	}
	if w != nil {
		w.chinese = true
	}
	return true
}

// hanText reports whether b is a line written in Chinese: valid UTF-8, a run of CJK ideographs
// (lead bytes 0xE4 to 0xE9) opening a word, after a blank, a bracket or the line's start, and such
// ideographs making at least a tenth of the line, with no Japanese kana among them. A name or a
// query quoted in an English line ("database=商品", "GET /search?q=北京") is another's text.
func hanText(b []byte) bool {
	han, word := 0, false
	for i := 0; i+2 < len(b); i++ {
		c := b[i]
		if c == 0xE3 && (b[i+1] >= 0x81 && b[i+1] <= 0x83) {
			return false // hiragana or katakana: Japanese, whose zone is JST
		}
		if c < 0xE4 || c > 0xE9 || b[i+1] < 0x80 || b[i+1] > 0xBF {
			continue
		}
		han += 3
		if i == 0 || b[i-1] == ' ' || b[i-1] == '\t' || b[i-1] == '[' || b[i-1] == '(' {
			word = true
		}
		i += 2
	}
	return word && han*10 >= len(b) && utf8.Valid(b)
}

// abbrevEnd returns the end of the word at b[i:] when it has the shape of a zone abbreviation,
// else i: two to five upper-case letters, the last of them one that every name in zoneAbbrevs
// ends with. The level words that follow a time (ERROR, INFO) do not, so they are turned away
// before any lookup.
func abbrevEnd(b []byte, i int) int {
	j := i
	for j < len(b) && j-i <= 5 && b[j] >= 'A' && b[j] <= 'Z' {
		j++
	}
	if j-i < 2 || j-i > 5 || j < len(b) && isAlnum(b[j]) {
		return i
	}
	if c := b[j-1]; c != 'T' && c != 'C' && c != 'K' && c != 'B' && c != 'Z' {
		return i
	}
	return j
}

// longZoneNames are the English long names Java's formatters write for a zone (the "zzzz" of
// SimpleDateFormat, as WebLogic 14 stamps its records: "…8:12:03,441 AM Central European Summer
// Time>"), with their offsets east of UTC in minutes. A long name, unlike an abbreviation, names
// its season.
var longZoneNames = map[string]int{
	"Coordinated Universal Time": 0, "Greenwich Mean Time": 0, "British Summer Time": 60,
	"Irish Standard Time": 60, "Western European Standard Time": 0, "Western European Summer Time": 60,
	"Central European Time": 60, "Central European Standard Time": 60, "Central European Summer Time": 120,
	"Eastern European Time": 120, "Eastern European Standard Time": 120, "Eastern European Summer Time": 180,
	"Moscow Standard Time": 180, "Gulf Standard Time": 240, "Pakistan Standard Time": 300,
	"India Standard Time": 330, "Indochina Time": 420, "China Standard Time": 480,
	"Hong Kong Standard Time": 480, "Singapore Standard Time": 480, "Philippine Standard Time": 480,
	"Japan Standard Time": 540, "Korean Standard Time": 540, "Australian Western Standard Time": 480,
	"Australian Central Standard Time": 570, "Australian Central Daylight Time": 630,
	"Australian Eastern Standard Time": 600, "Australian Eastern Daylight Time": 660,
	"New Zealand Standard Time": 720, "New Zealand Daylight Time": 780,
	"Atlantic Standard Time": -240, "Atlantic Daylight Time": -180, "Eastern Standard Time": -300,
	"Eastern Daylight Time": -240, "Central Standard Time": -360, "Central Daylight Time": -300,
	"Mountain Standard Time": -420, "Mountain Daylight Time": -360, "Pacific Standard Time": -480,
	"Pacific Daylight Time": -420, "Alaska Standard Time": -540, "Alaska Daylight Time": -480,
	"Hawaii Standard Time": -600, "Hawaii-Aleutian Standard Time": -600, "Brasilia Standard Time": -180,
	"Argentina Standard Time": -180, "Israel Standard Time": 120, "Israel Daylight Time": 180,
	"South Africa Standard Time": 120, "Central Africa Time": 120, "East Africa Time": 180,
	"West Africa Standard Time": 60,
}

// longZoneFirst holds the first word of every long name.
var longZoneFirst = func() map[string]bool {
	m := map[string]bool{}
	for name := range longZoneNames {
		first, _, _ := strings.Cut(name, " ")
		m[first] = true
	}
	return m
}()

// longZoneName reads a zone's long name at b[i:]: capitalized words, the last of them "Time".
func longZoneName(b []byte, i int) (offset int, end int, ok bool) {
	if i+1 >= len(b) || b[i] < 'A' || b[i] > 'Z' || b[i+1] < 'a' || b[i+1] > 'z' {
		return 0, i, false // a capital and a small letter open every name; a level in capitals is turned away here
	}
	if _, e := nextToken(b, i); !longZoneFirst[string(b[i:e])] {
		return 0, i, false // most capitalized words after a time open a message: one lookup turns them away
	}
	for k, j := 0, i; k < 5; k++ {
		s, e := nextToken(b, j)
		if s == e || b[s] < 'A' || b[s] > 'Z' {
			return 0, i, false
		}
		if w := b[s:e]; len(w) >= 4 && string(w[:4]) == "Time" && (len(w) == 4 || !isAlpha(w[4])) {
			if min, known := longZoneNames[string(b[i:s+4])]; known && zoneNameEnds(b, s+4) {
				return min * 60, s + 4, true
			}
			return 0, i, false
		}
		j = e
	}
	return 0, i, false
}

// zoneNameEnds reports whether a long zone name that ends at b[k] closes the time it follows, as
// a stamp's own bracket, the line's end, a year or a level does; a message may open with the same words
// ("… 10:00:00 Pacific Standard Time selected by user 4").
func zoneNameEnds(b []byte, k int) bool {
	switch c := byteAt(b, k); {
	case k >= len(b), c == '>', c == ']', c == ')', c == ',':
		return true
	case c == ' ':
		return isDigitAt(b, k+1) || levelWordAt(b, k) // a year, or the record's level in capitals
	}
	return false
}
