package parse

// jsonFields flattens a JSON object line into fields. It walks the same grammar as the hot-path
// scanner but keeps a full key path and copies values, so it lives apart from it.
func jsonFields(line []byte) []Field {
	i := skipWS(line, 0)
	if i >= len(line) || line[i] != '{' {
		return nil
	}
	var st Parser // only for the validity check, which reuses the hot-path scanner
	var js jsonState
	if !st.walkJSON(line, i, &js) {
		return nil
	}
	out, _ := objectFields(nil, line, i, "", 0)
	return out
}

// objectFields appends the fields of the object at line[i] == '{' under prefix and returns the
// index after it. The line is already known to be valid and at most maxJSONDepth deep.
func objectFields(out []Field, line []byte, i int, prefix string, depth int) ([]Field, int) {
	i = skipWS(line, i+1)
	if line[i] == '}' {
		return out, i + 1
	}
	for {
		end, esc, _ := stringEnd(line, i)
		key := line[i+1 : end-1]
		if esc {
			key = unescape(nil, key)
		}
		name := string(key)
		if prefix != "" {
			name = prefix + "." + name
		}
		i = skipWS(line, end)
		i = skipWS(line, i+1) // the ':'
		switch line[i] {
		case '{':
			if depth+1 < maxJSONDepth {
				out, i = objectFields(out, line, i, name, depth+1)
			} else {
				i = containerEnd(line, i)
			}
		case '[':
			e := containerEnd(line, i)
			out = append(out, Field{name, string(compactJSON(nil, line[i:e]))})
			i = e
		case '"':
			e, esc, _ := stringEnd(line, i)
			v := line[i+1 : e-1]
			if esc {
				v = unescape(nil, v)
			}
			out = append(out, Field{name, string(v)})
			i = e
		default:
			e, _ := scalarEnd(line, i)
			out = append(out, Field{name, string(line[i:e])})
			i = e
		}
		i = skipWS(line, i)
		if i >= len(line) || line[i] != ',' {
			return out, i + 1
		}
		i = skipWS(line, i+1)
	}
}

// containerEnd returns the index after the array or object at line[i], counting brackets outside
// strings (the line is known to be valid).
func containerEnd(line []byte, i int) int {
	depth := 0
	for i < len(line) {
		switch line[i] {
		case '"':
			e, _, ok := stringEnd(line, i)
			if !ok {
				return len(line)
			}
			i = e
			continue
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
		i++
	}
	return len(line)
}

// compactJSON appends b without the blanks outside strings.
func compactJSON(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		switch c := b[i]; c {
		case ' ', '\t', '\n', '\r':
			i++
		case '"':
			e, _, ok := stringEnd(b, i)
			if !ok {
				return append(dst, b[i:]...)
			}
			dst = append(dst, b[i:e]...)
			i = e
		default:
			dst = append(dst, c)
			i++
		}
	}
	return dst
}
