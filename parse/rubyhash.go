package parse

import "bytes"

// Ruby's hashes as Ruby prints them, which some tools write as their records: Logstash's own log
// before its version 5 ({:timestamp=>"…", :message=>"…", :level=>:error}) and its rubydebug
// codec, one event over lines in awesome_print's layout:
//
//	{
//	       "message" => "Accepted publickey for deploy",
//	    "@timestamp" => 2026-11-29T07:41:16.000Z,
//	          "tags" => [
//	        [0] "_grokparsefailure"
//	    ]
//	}
//
// rubyJSON rewrites such a hash as JSON, so that the JSON parser reads its time, level and host by
// their keys: "=>" is a colon, a symbol (:level, :error) a string, nil is null, an element's index
// ("[0] ") goes, and a bare value that is no number or boolean (a time, a symbol) is quoted.

// rubyHash reports whether line may be a Ruby hash: it opens with a brace, then a symbol or a
// string key, and holds "=>".
func rubyHash(line []byte) bool {
	i := skipWS(line, 1)
	return len(line) > 4 && line[0] == '{' && (byteAt(line, i) == ':' || byteAt(line, i) == '"') &&
		bytes.Contains(line, []byte("=>"))
}

// rubyJSON appends to dst the JSON of the Ruby hash text b, and to pos, for each byte appended,
// the offset in b it stands for, so that spans read from the JSON can be mapped back onto b.
func rubyJSON(dst []byte, pos []int32, b []byte) ([]byte, []int32) {
	put := func(c byte, at int) {
		dst = append(dst, c)
		pos = append(pos, int32(at))
	}
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c == '"':
			j, _, ok := quotedEnd(b, i, '"')
			if !ok {
				j = len(b) // an unclosed string: the JSON parser turns it down
			}
			for k := i; k < j; k++ {
				put(b[k], k)
			}
			i = j - 1
		case c == '=' && byteAt(b, i+1) == '>':
			put(':', i)
			i++
		case c == ':' && isAlphaAt(b, i+1) || c == ':' && byteAt(b, i+1) == '_':
			// A symbol, as a key (":level=>") or a value (":error").
			j := i + 1
			for j < len(b) && (isAlnum(b[j]) || b[j] == '_' || b[j] == '?' || b[j] == '!') {
				j++
			}
			put('"', i)
			for k := i + 1; k < j; k++ {
				put(b[k], k)
			}
			put('"', j-1)
			i = j - 1
		case c == '[' && isDigitAt(b, i+1):
			j := i + 1
			for j < len(b) && isDigit(b[j]) {
				j++
			}
			if byteAt(b, j) == ']' && byteAt(b, j+1) == ' ' {
				i = j + 1 // an element's index in awesome_print's array
				continue
			}
			put(c, i)
		case c <= ' ' || c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':':
			put(c, i)
		default:
			// A bare value runs to the next comma or closing: a time as Ruby writes it has blanks
			// ("2026-11-29 08:41:16 +0100"), an object's inspect more (#<Errno::ECONNREFUSED: …>).
			j := i
			if c == '#' && byteAt(b, i+1) == '<' {
				j = inspectEnd(b, i)
			} else {
				for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != '\n' && b[j] != '\r' {
					j++
				}
				for j > i+1 && (b[j-1] == ' ' || b[j-1] == '\t') {
					j--
				}
			}
			tok := b[i:j]
			switch {
			case string(tok) == "nil":
				for k, c := range []byte("null") {
					put(c, i+min(k, 2))
				}
			case string(tok) == "true" || string(tok) == "false" || jsonNumber(tok):
				for k := i; k < j; k++ {
					put(b[k], k)
				}
			default: // a time or a class's inspect: a string
				put('"', i)
				for k := i; k < j; k++ {
					if b[k] == '"' || b[k] == '\\' {
						put('\\', k)
					}
					put(b[k], k)
				}
				put('"', j-1)
			}
			i = j - 1
		}
	}
	return dst, pos
}

// inspectEnd returns the end of the object's inspect that opens b[i:] ("#<Foo: …>"), past its
// closing bracket, nested ones counted; the end of b if it is not closed.
func inspectEnd(b []byte, i int) int {
	depth := 0
	for j := i; j < len(b); j++ {
		switch b[j] {
		case '<':
			depth++
		case '>':
			if depth--; depth == 0 {
				return j + 1
			}
		}
	}
	return len(b)
}

// parseRubyHash reads line, a Ruby hash, by the JSON it stands for: the record's time, level and
// host by their keys, and its message. The record's spans are line's; its format stays text, since
// its fields are not JSON's.
func (p *Parser) parseRubyHash(line []byte, rec *Record) bool {
	p.ruby, p.rubyPos = rubyJSON(p.ruby[:0], p.rubyPos[:0], line)
	if !p.parseJSON(p.ruby, rec) {
		return false
	}
	rec.Format = FormatText
	rec.Host = p.rubySpan(rec.Host)
	rec.Message = p.rubySpan(rec.Message) // a string's bytes are the hash's own
	return true
}

// rubySpan maps a span of the rewritten JSON back onto the hash's text.
func (p *Parser) rubySpan(s Span) Span {
	if s.End <= s.Start || int(s.End) > len(p.rubyPos) {
		return Span{}
	}
	return Span{p.rubyPos[s.Start], p.rubyPos[s.End-1] + 1}
}
