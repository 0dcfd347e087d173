package parse

// jsonWalk writes the fields of a JSON object line as jsonFields finds them (nested keys joined
// with dots, arrays as compact JSON, strings decoded, other scalars as written) while checking the
// line by the grammar walkJSON accepts, in the same single pass. A line that turns out not to be
// JSON has no fields, so what was written is cut off again.
type jsonWalk struct {
	fw   *fieldWriter
	line []byte
	path [maxFastDepth]Span // the key bodies (quotes excluded) from the top object down
}

func (fw *fieldWriter) json(line []byte) {
	i := skipWS(line, 0)
	if i >= len(line) || line[i] != '{' {
		return
	}
	w := jsonWalk{fw: fw, line: line}
	end, ok := w.object(i, 0, 1, true)
	if fw.fallback {
		return
	}
	if !ok || skipWS(line, end) != len(line) {
		fw.dst = fw.dst[:fw.open]
	}
}

// object walks the object at line[i] == '{', which holds the depth-th key of the path and is
// nested in depth containers in all, arrays included. emit is false inside arrays, whose text
// is written whole. It returns the index after the object.
func (w *jsonWalk) object(i, depth, containers int, emit bool) (int, bool) {
	if containers > maxFastDepth {
		w.fw.fallback = true
		return 0, false
	}
	line := w.line
	i = skipWS(line, i+1)
	if i < len(line) && line[i] == '}' {
		return i + 1, true
	}
	for {
		if i >= len(line) || line[i] != '"' {
			return 0, false
		}
		end, _, ok := stringEnd(line, i)
		if !ok {
			return 0, false
		}
		if emit {
			w.path[depth] = Span{int32(i + 1), int32(end - 1)}
		}
		i = skipWS(line, end)
		if i >= len(line) || line[i] != ':' {
			return 0, false
		}
		i = skipWS(line, i+1)
		if i >= len(line) {
			return 0, false
		}
		if i, ok = w.member(i, depth+1, containers, emit); !ok {
			return 0, false
		}
		var closed bool
		if i, closed, ok = afterElement(line, i, '}'); closed || !ok {
			return i, ok
		}
	}
}

// afterElement reads what follows a member or element at line[i]: a ',' and the space after it
// (the next index), or the container's closing byte (the index after it, and closed).
func afterElement(line []byte, i int, closing byte) (next int, closed, ok bool) {
	i = skipWS(line, i)
	switch {
	case i >= len(line):
		return 0, false, false
	case line[i] == ',':
		return skipWS(line, i+1), false, true
	case line[i] == closing:
		return i + 1, true, true
	}
	return 0, false, false
}

// member walks the value at line[i] of the key path[:depth] and writes it when emit is set.
func (w *jsonWalk) member(i, depth, containers int, emit bool) (int, bool) {
	line := w.line
	switch line[i] {
	case '{':
		return w.object(i, depth, containers+1, emit)
	case '[':
		e, ok := w.array(i, containers+1)
		if !ok {
			return 0, false
		}
		if emit && w.key(depth) {
			w.fw.dst = appendCompactEscaped(w.fw.dst, line[i:e])
			w.fw.dst = append(w.fw.dst, '"')
		}
		return e, !w.fw.fallback
	}
	if line[i] == '"' {
		e, esc, ok := stringEnd(line, i)
		if !ok {
			return 0, false
		}
		if emit && w.key(depth) {
			if esc {
				w.fw.dst = appendUnescaped(w.fw.dst, line[i+1:e-1])
			} else {
				w.fw.dst = appendEscaped(w.fw.dst, line[i+1:e-1])
			}
			w.fw.dst = append(w.fw.dst, '"')
		}
		return e, !w.fw.fallback
	}
	e, ok := scalarEnd(line, i)
	if !ok {
		return 0, false
	}
	if emit && w.key(depth) {
		w.fw.dst = appendEscaped(w.fw.dst, line[i:e])
		w.fw.dst = append(w.fw.dst, '"')
	}
	return e, !w.fw.fallback
}

// array checks the array at line[i] == '[', the containers-th level of nesting, and returns the
// index after it. Nothing in it is written here.
func (w *jsonWalk) array(i, containers int) (int, bool) {
	if containers > maxFastDepth {
		w.fw.fallback = true
		return 0, false
	}
	line := w.line
	i = skipWS(line, i+1)
	if i < len(line) && line[i] == ']' {
		return i + 1, true
	}
	for {
		if i >= len(line) {
			return 0, false
		}
		var ok bool
		switch line[i] {
		case '{':
			i, ok = w.object(i, 0, containers+1, false)
		case '[':
			i, ok = w.array(i, containers+1)
		default:
			i, ok = scalarEnd(line, i)
		}
		if !ok {
			return 0, false
		}
		var closed bool
		if i, closed, ok = afterElement(line, i, ']'); closed || !ok {
			return i, ok
		}
	}
}

// key writes the key path[:depth] as objectFields names it: segments joined with dots, except that
// a segment after an empty name so far gets no dot. It reports whether the value is to follow.
func (w *jsonWalk) key(depth int) bool {
	fw := w.fw
	fw.beginKey()
	named := false
	for _, s := range w.path[:depth] {
		seg := s.Of(w.line)
		if named {
			fw.dst = append(fw.dst, '.')
		}
		fw.checkKey(seg)
		fw.dst = appendUnescaped(fw.dst, seg)
		named = named || len(seg) > 0
	}
	return fw.endKey()
}
