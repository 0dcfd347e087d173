package parse

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Programs write a month's name in the language of their locale: Java's SimpleDateFormat takes
// the JVM's default one (Tomcat's "02-Dez.-2026 07:41:16.101 SCHWERWIEGEND …" under a German
// locale, "02-déc.-2026 …" under a French one), and strftime's %b the LC_TIME of the process.
// localMonths holds the names, whole and abbreviated, of the languages seen in server logs besides
// English (monthLong's), as Java's CLDR data and glibc's locales spell them: German, French,
// Spanish, Italian, Portuguese, Dutch, Polish (abbreviated, and whole in the genitive a date
// writes: "29 listopada 2026") and Turkish. Names English shares ("nov", "april", "mar", "may")
// are not repeated. Months in other scripts are in scriptMonths.
var localMonths = [12]string{
	"januar jänner jän janvier janv enero ene gennaio gen janeiro januari stycznia sty oca",
	"februar février févr fév febrero febbraio fevereiro fev februari lutego lut",
	"märz mär mrz mars marzo março maart mrt marca",
	"avril avr abril abr aprile kwietnia kwi nis",
	"mai mayo maggio mag maio mei maja maj",
	"juni juin junio giugno giu junho czerwca cze haz",
	"juli juillet juill juil julio luglio lug julho lipca lip tem",
	"août aoû agosto ago augustus sierpnia sie",
	"sept septembre septiembre settembre set setembro września wrz eyl",
	"oktober okt octobre octubre ottobre ott outubro out października paź eki",
	"novembre noviembre novembro listopada lis kas",
	"dezember dez décembre déc diciembre dic dicembre dezembro grudnia gru ara",
}

// localMonthName is one of localMonths' names and its month.
type localMonthName struct {
	name  string
	month int
}

// localMonthsByLetters lists localMonths' names by their first two letters (see letterPair), so
// that a word is compared only with the names it could be, and most words with none.
var localMonthsByLetters = func() (t [26 * 27][]localMonthName) {
	for i, names := range localMonths {
		for _, n := range strings.Fields(names) {
			k := letterPair([]byte(n), 0)
			t[k] = append(t[k], localMonthName{n, i + 1})
		}
	}
	return t
}()

// letterPair indexes the first two bytes at b[i:] into localMonthsByLetters: an ASCII letter and
// an ASCII letter or the first byte of a Latin-1 letter in UTF-8 (0xC3: "ä", "é", "û"); -1 for
// anything else.
func letterPair(b []byte, i int) int {
	if i+1 >= len(b) || !isAlpha(b[i]) {
		return -1
	}
	first := int(b[i]|0x20-'a') * 27
	switch c := b[i+1]; {
	case isAlpha(c):
		return first + int(c|0x20-'a')
	case c == 0xC3:
		return first + 26
	}
	return -1
}

// localMonth matches one of localMonths' names as a word at b[i:], in any case of its ASCII
// letters, an abbreviation's dot included ("Dez.", "déc."). It returns the month and the length
// of the word, 0 for none. The date must carry its year after the name: many of the names are
// words of English prose or names too ("set", "out", "gen", "ago", "Mars", "lug", "AVR"), and a
// program that writes its locale's months writes the year (Tomcat's "02-Dez.-2026",
// java.util.logging's "Dez. 02, 2026", strftime's "29 déc. 2026"). A syslog-style header without
// its year is read by parseLocalBSD, which asks for a clock, a host and a tag instead.
func localMonth(b []byte, i int) (int, int) {
	m, n := latinMonthAt(b, i)
	if n == 0 || !yearAround(b, i, i+n) {
		return 0, 0
	}
	return m, n
}

// latinMonthAt matches one of localMonths' names as a word at b[i:], its dot included, with no
// more asked of the date around it.
func latinMonthAt(b []byte, i int) (int, int) {
	k := letterPair(b, i)
	if k < 0 {
		return 0, 0
	}
	for _, lm := range localMonthsByLetters[k] {
		n := len(lm.name)
		if !hasPrefixFold(b, i, lm.name) || isAlphaAt(b, i+n) || byteAt(b, i+n) >= 0x80 {
			continue
		}
		if byteAt(b, i+n) == '.' {
			n++
		}
		return lm.month, n
	}
	return 0, 0
}

// yearAround reports whether the month's name at b[s:i] has its date's year of four digits: before
// it ("2026-Okt-02", "2026 Dez 02"), right after it ("02-set-2026", "29 set 2026"), after its day
// ("set 29, 2026", "Dez  2 2026"), or after its day, a clock and a zone, as ctime and `date` write
// it in any locale ("Mi Dez 02 10:00:00 CET 2026").
func yearAround(b []byte, s, i int) bool {
	if s >= 5 && (b[s-1] == '-' || b[s-1] == ' ') && !isDigitAt(b, s-6) {
		if _, n := digitRun(b, s-5); n == 4 {
			return true
		}
	}
	if c := byteAt(b, i); c != ' ' && c != '-' && c != '/' {
		return false
	}
	j := skipBlanks(b, i+1)
	if d, n := digitRun(b, j); n >= 1 && n <= 2 && d >= 1 && d <= 31 {
		j += n
		if byteAt(b, j) == ',' {
			j++
		}
		if byteAt(b, j) != ' ' {
			return false
		}
		j++
		if _, n := digitRun(b, j); n <= 2 && byteAt(b, j+n) == ':' {
			var d dateTime
			k, ok := readClock(b, j, &d)
			if !ok || byteAt(b, k) != ' ' {
				return false
			}
			j = k + 1
			if isAlphaAt(b, j) { // the zone's name
				_, e := nextToken(b, j)
				j = e + 1
			}
		}
	}
	_, n := digitRun(b, j)
	return n == 4 && !isAlphaAt(b, j+4) // a run of digits: no fifth one follows
}

// scriptMonths are the months' names in scripts other than Latin, as the locales of Chinese,
// Japanese, Russian and Ukrainian servers write them: 一月 to 十二月 (Java's month names in zh
// before CLDR), Russian's abbreviations (strftime's "ноя", Java's "нояб.") and whole names in the
// nominative and the genitive a date writes ("ноябрь", "29 ноября 2026"), and Ukrainian's
// abbreviations. Cyrillic names are matched in lower case and capitalized.
var scriptMonths = func() (t []localMonthName) {
	names := [12]string{
		"一月 январь января янв січ", "二月 февраль февраля фев февр лют", "三月 март марта мар бер",
		"四月 апрель апреля апр кві", "五月 май мая тра", "六月 июнь июня июн чер",
		"七月 июль июля июл лип", "八月 август августа авг сер", "九月 сентябрь сентября сен сент вер",
		"十月 октябрь октября окт жов", "十一月 ноябрь ноября ноя нояб лис", "十二月 декабрь декабря дек гру",
	}
	for i, list := range names {
		for _, n := range strings.Fields(list) {
			t = append(t, localMonthName{n, i + 1})
			if r, size := utf8.DecodeRuneInString(n); r >= 'а' && r <= 'я' {
				t = append(t, localMonthName{string(unicode.ToUpper(r)) + n[size:], i + 1})
			}
		}
	}
	// Longest first: "十一月" before "一月" could match inside it, "ноября" before "ноя".
	slices.SortStableFunc(t, func(a, b localMonthName) int { return len(b.name) - len(a.name) })
	return t
}()

// scriptMonth matches one of scriptMonths' names at b[i:], with an abbreviation's dot, before a
// blank, a comma, a dash or the end; like localMonth, only in a date that writes its year.
func scriptMonth(b []byte, i int) (int, int) {
	m, n := scriptMonthAt(b, i)
	if n == 0 {
		return 0, 0
	}
	if c := byteAt(b, i+n); i+n < len(b) && c != ' ' && c != ',' && c != '-' && c != '/' {
		return 0, 0
	}
	if !yearAround(b, i, i+n) {
		return 0, 0
	}
	return m, n
}

// scriptMonthAt matches the longest of scriptMonths' names at b[i:], its dot included.
func scriptMonthAt(b []byte, i int) (int, int) {
	for _, m := range scriptMonths {
		if hasPrefixAt(b, i, m.name) {
			n := len(m.name)
			if byteAt(b, i+n) == '.' {
				n++
			}
			return m.month, n
		}
	}
	return 0, 0
}

// englishMonths are the abbreviations parseBSD reads, by month.
var englishMonths = [13]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// parseLocalBSD reads a syslog-style "month day clock" time whose month is in the reader's
// language: journalctl's short outputs write strftime's %b under its LC_TIME ("ноя 29 07:41:16",
// "lis 29 07:41:16", "11月 29 07:41:16.118204", "11월 29 …"). The name is read without the year
// localMonth asks for: the day and a clock right after it are the date's. The time is read as
// parseBSD reads the English month's, and n counts the name's own bytes.
func parseLocalBSD(b []byte, now int64, w *wallClock) (t int64, n int, ok bool) {
	if !localBSDShaped(b) {
		return 0, 0, false // most lines: no blank, a day and a clock near their start
	}
	mon, size := localMonthWord(b)
	if mon == 0 || byteAt(b, size) != ' ' {
		return 0, 0, false
	}
	var buf [96]byte
	rest := b[size:min(len(b), size+len(buf)-3)]
	en := append(append(buf[:0], englishMonths[mon]...), rest...)
	t, n, ok = parseBSD(en, now, w)
	if !ok || n <= 3 {
		return 0, 0, false
	}
	return t, n - 3 + size, true
}

// localBSDShaped reports whether b opens with a word of at most 14 bytes, a blank, a day of one or
// two digits and a clock's hour and colon: the shape parseLocalBSD reads.
func localBSDShaped(b []byte) bool {
	k := bytes.IndexByte(b[min(len(b), 1):min(len(b), 15)], ' ') + 1 // (after glibc's pad: " 1月 05 …")
	if k < 2 {
		return false
	}
	_, n := digitRun(b, k+1)
	j := k + 1 + n
	return (n == 1 || n == 2) && byteAt(b, j) == ' ' && isDigitAt(b, j+1) && (byteAt(b, j+2) == ':' || byteAt(b, j+3) == ':')
}

// localMonthWord matches a month's name in another language at the start of b, as strftime's %b
// writes it: one of localMonths' or scriptMonths' names with its dot, or the month's number
// before 月 (Chinese, Japanese) or 월 (Korean), which glibc's ja_JP pads with a blank (" 1月"). It
// returns the month and the name's length.
func localMonthWord(b []byte) (int, int) {
	switch {
	case len(b) == 0:
		return 0, 0
	case isDigit(b[0]) || b[0] == ' ' && isDigitAt(b, 1):
		pad := 0
		if b[0] == ' ' {
			pad = 1
		}
		m, n := digitRun(b, pad)
		if n < 1 || n > 2-pad || m < 1 || m > 12 || !(hasPrefixAt(b, pad+n, "月") || hasPrefixAt(b, pad+n, "월")) {
			return 0, 0
		}
		return m, pad + n + len("月")
	case b[0] >= 0x80:
		return scriptMonthAt(b, 0)
	}
	return latinMonthAt(b, 0)
}
