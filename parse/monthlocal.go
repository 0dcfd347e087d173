package parse

import "strings"

// Programs write a month's name in the language of their locale: Java's SimpleDateFormat takes
// the JVM's default one (Tomcat's "02-Dez.-2026 07:41:16.101 SCHWERWIEGEND …" under a German
// locale, "02-déc.-2026 …" under a French one), and strftime's %b the LC_TIME of the process.
// localMonths holds the names, whole and abbreviated, of the languages seen in server logs besides
// English (monthLong's), as Java's CLDR data and glibc's locales spell them: German, French,
// Spanish, Italian, Portuguese and Dutch. Names English shares ("nov", "april") are not repeated.
var localMonths = [12]string{
	"januar jänner jän janvier janv enero ene gennaio gen janeiro januari",
	"februar février févr fév febrero febbraio fevereiro fev februari",
	"märz mär mrz mars marzo março maart mrt",
	"avril avr abril abr aprile",
	"mai mayo maggio mag maio mei",
	"juni juin junio giugno giu junho",
	"juli juillet juil julio luglio lug julho",
	"août aoû agosto ago augustus",
	"sept septembre septiembre settembre set setembro",
	"oktober okt octobre octubre ottobre ott outubro out",
	"novembre noviembre novembro",
	"dezember dez décembre déc diciembre dic dicembre dezembro",
}

// localMonthName is one of localMonths' names and its month.
type localMonthName struct {
	name  string
	month int
}

// localMonthsByLetter lists localMonths' names by their first letter, so that a word is compared
// only with the names it could be.
var localMonthsByLetter = func() (t [26][]localMonthName) {
	for i, names := range localMonths {
		for _, n := range strings.Fields(names) {
			t[n[0]-'a'] = append(t[n[0]-'a'], localMonthName{n, i + 1})
		}
	}
	return t
}()

// localMonth matches one of localMonths' names as a word at b[i:], in any case of its ASCII
// letters, an abbreviation's dot included ("Dez.", "déc."). It returns the month and the length
// of the word, 0 for none.
func localMonth(b []byte, i int) (int, int) {
	if i >= len(b) || !isAlpha(b[i]) {
		return 0, 0
	}
	for _, lm := range localMonthsByLetter[b[i]|0x20-'a'] {
		n := len(lm.name)
		if !hasPrefixFoldASCII(b, i, lm.name) || isAlphaAt(b, i+n) || byteAt(b, i+n) >= 0x80 {
			continue
		}
		if byteAt(b, i+n) == '.' {
			n++
		}
		return lm.month, n
	}
	return 0, 0
}

// hasPrefixFoldASCII is hasPrefixFold for a name with letters beyond ASCII, which must match
// byte for byte ("é" in "déc").
func hasPrefixFoldASCII(b []byte, i int, s string) bool {
	if i < 0 || i+len(s) > len(b) {
		return false
	}
	for k := 0; k < len(s); k++ {
		c := b[i+k]
		if c < 0x80 {
			c |= 0x20
		}
		if c != s[k] {
			return false
		}
	}
	return true
}
