package filter

import (
	"strconv"
	"strings"

	"github.com/trawl-dev/trawl/parse"
)

// splitField recognizes key:value, where key starts with a letter or underscore and continues
// with letters, digits and "_.-@". Anything else with a colon ("12:30", ":x") is plain text.
func splitField(text string) (key, value string, ok bool) {
	i := strings.IndexByte(text, ':')
	if i <= 0 {
		return "", "", false
	}
	for j := 0; j < i; j++ {
		c := text[j]
		letter := 'a' <= c|0x20 && c|0x20 <= 'z' || c == '_'
		if !letter && (j == 0 || !('0' <= c && c <= '9' || c == '.' || c == '-' || c == '@')) {
			return "", "", false
		}
	}
	return text[:i], text[i+1:], true
}

// parseField compiles a field term; t carries the negation and position, valuePos is the offset
// of value in the search text.
func parseField(t term, key, value string, valuePos int) (term, bool, error) {
	if value == "" {
		return term{}, false, nil
	}
	t.text = value
	t.fold = !hasUpper(value)
	switch strings.ToLower(key) {
	case "level":
		levels, ok, err := parseLevels(value, valuePos)
		if !ok || err != nil {
			return term{}, false, err
		}
		t.kind, t.levels, t.fold = kindLevel, levels, true
		return t, true, nil
	case "source":
		t.kind = kindSource
	case "host":
		t.kind = kindHost
	default:
		t.kind, t.key = kindField, strings.ToLower(key)
	}
	t.sub = newSubstr(value, t.fold)
	t.re = unicodeFold(kindExact, value, t.fold)
	return t, true, nil
}

// parseLevels reads "error", "warn,error", ">=warn", ">info", "<=debug", "<warn" or "=info".
// ok is false when only an operator has been typed so far.
func parseLevels(value string, pos int) (set [parse.NumLevels]bool, ok bool, err error) {
	op := ""
	for _, o := range []string{">=", "<=", ">", "<", "="} {
		if strings.HasPrefix(value, o) {
			op, value, pos = o, value[len(o):], pos+len(o)
			break
		}
	}
	if value == "" {
		return set, false, nil
	}
	if op == "" || op == "=" {
		for name := range strings.SplitSeq(value, ",") {
			if name == "" {
				pos++
				continue
			}
			l, err := levelByName(name, pos)
			if err != nil {
				return set, false, err
			}
			set[l] = true
			pos += len(name) + 1
		}
		// "level:," names no level yet: ignored like any term still being typed.
		return set, set != [parse.NumLevels]bool{}, nil
	}
	l, err := levelByName(value, pos)
	if err != nil {
		return set, false, err
	}
	// Unknown sorts below Trace but has no severity, so comparisons never include it.
	for x := parse.Trace; int(x) < parse.NumLevels; x++ {
		if op == ">=" && x >= l || op == ">" && x > l || op == "<=" && x <= l || op == "<" && x < l {
			set[x] = true
		}
	}
	return set, true, nil
}

// levelByName accepts level names and aliases (parse.ParseLevel), "unknown", and unique prefixes
// of the level names, so that "level:wa" already works while typing "level:warn".
func levelByName(name string, pos int) (parse.Level, error) {
	if l, ok := parse.ParseLevel([]byte(name)); ok {
		return l, nil
	}
	lower := strings.ToLower(name)
	if lower == "none" {
		return parse.Unknown, nil
	}
	found, n := parse.Unknown, 0
	for l := parse.Unknown; int(l) < parse.NumLevels; l++ {
		if strings.HasPrefix(l.String(), lower) {
			found = l
			n++
		}
	}
	if n != 1 {
		return 0, &SyntaxError{Pos: pos, Msg: "unknown level " + strconv.Quote(name)}
	}
	return found, nil
}

// fieldMatch reports whether the entry has a parsed field named t.key whose value contains the
// term's value. When the value is plain ASCII without quotes or backslashes, the raw text must
// contain it for any field to (no escaping can hide it), so that cheap test runs before the
// entry's fields are parsed.
func (t *term) fieldMatch(f parse.Format, source string, raw []byte) bool {
	if isASCII(t.text) && !strings.ContainsAny(t.text, `"\`) && !t.containsIn(raw) {
		return false
	}
	for _, fl := range t.defined.Fields(f, source, raw) {
		if strings.ToLower(fl.Key) == t.key && t.containsIn([]byte(fl.Value)) {
			return true
		}
	}
	return false
}

// labelMatch reports whether the entry's source is a label set (a Loki stream, see
// parse.LabelFields) with a label named t.key whose value contains the term's value. A source
// name without that label name in it is passed over before it is parsed.
func (t *term) labelMatch(source string) bool {
	if !strings.HasPrefix(source, "{") || !hasLabel(source, t.key) {
		return false
	}
	for _, fl := range parse.LabelFields(source) {
		if strings.ToLower(fl.Key) == t.key && t.containsIn([]byte(fl.Value)) {
			return true
		}
	}
	return false
}

// hasLabel reports whether a label set's text holds key= (key lower case, the text's in any case),
// without allocating: it runs for every entry a field term tests.
func hasLabel(source, key string) bool {
	for i := 0; i+len(key) < len(source); i++ {
		if source[i+len(key)] == '=' && strings.EqualFold(source[i:i+len(key)], key) {
			return true
		}
	}
	return false
}
