package parse

import "strconv"

// LabelFields returns the labels of a source named by a label set, as a loki: source names each
// stream's entries: {app="api", pod="api-7d9"}, each value quoted as in Go (and LogQL). They are
// fields of every entry of that source, besides those of its text. Any other name has none, and
// so does a name that only looks like a label set: nil.
func LabelFields(source string) []Field {
	n := len(source)
	if n < 2 || source[0] != '{' || source[n-1] != '}' {
		return nil
	}
	var out []Field
	rest := source[1 : n-1]
	for rest != "" {
		i := 0
		for i < len(rest) && labelNameByte(rest[i], i) {
			i++
		}
		if i == 0 || i >= len(rest) || rest[i] != '=' {
			return nil
		}
		name := rest[:i]
		q, err := strconv.QuotedPrefix(rest[i+1:])
		if err != nil {
			return nil
		}
		v, err := strconv.Unquote(q)
		if err != nil {
			return nil
		}
		out = append(out, Field{name, v})
		rest = rest[i+1+len(q):]
		if rest == "" {
			break
		}
		if len(rest) < 3 || rest[:2] != ", " {
			return nil
		}
		rest = rest[2:]
	}
	return out
}

// labelNameByte reports whether c may stand at position i of a label name: [a-zA-Z_][a-zA-Z0-9_]*.
func labelNameByte(c byte, i int) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9'
}
