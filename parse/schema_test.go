package parse

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestAppendJSONFollowsTheSchema validates the output of every line of the format tables (the
// parser cases, the real-world and holdout families read as streams, the ugly and corner lines)
// against the JSON Schema the README points scripts to, and the text formats' fields against the
// types their formats define.
func TestAppendJSONFollowsTheSchema(t *testing.T) {
	schema := loadSchema(t)
	var entries []Entry
	for _, cs := range [][]worldCase{worldCases, holdoutCases} {
		for _, c := range cs {
			entries = append(entries, streamEntries(c)...)
		}
	}
	p := NewParser(fixedNow)
	lines := []string{}
	for _, c := range allCases() {
		lines = append(lines, c.line)
	}
	lines = append(append(lines, uglyLines()...), cornerLines()...)
	for _, l := range lines {
		rec := p.Parse([]byte(l))
		entries = append(entries, Entry{Time: rec.Time, Level: rec.Level, Format: rec.Format, Source: "s",
			Host: string(rec.Host.Of([]byte(l))), Message: l, Raw: l})
	}
	entries = append(entries,
		Entry{Raw: "cut", Truncated: true, Size: 5 << 20},
		Entry{Raw: "cut, size unknown", Truncated: true},
		Entry{Raw: "partial", NoNewline: true, Estimated: ts("2026-02-27T08:12:44.5Z")},
		Entry{Raw: "latin-1 caf\xe9", Message: "caf\xe9"},
		Entry{Raw: "from loki", Source: `{app="api", pod="api-7d9", note="tab\tand \"quote\""}`},
	)
	for _, e := range entries {
		out := AppendJSON(nil, e)
		d := json.NewDecoder(bytes.NewReader(out))
		d.UseNumber()
		var v any
		if err := d.Decode(&v); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		if err := schema.validate(v, "$"); err != nil {
			t.Errorf("%v\n\t%s", err, out)
		}
		if err := textFieldTypes(e.Format, v); err != nil {
			t.Errorf("%v\n\t%s", err, out)
		}
	}
	if len(entries) < 500 {
		t.Fatalf("only %d entries validated", len(entries))
	}
}

// streamEntries reads a family's lines as one source, as runWorldCase does.
func streamEntries(c worldCase) []Entry {
	s := NewStream(c.name, StreamOptions{Now: func() time.Time { return worldNow }, Location: time.UTC})
	b := &Batch{}
	var off int64
	for _, e := range c.entries {
		for _, l := range e.lines {
			s.Line([]byte(l), off, false, b)
			off += int64(len(l)) + 1
		}
	}
	s.Flush(b)
	out := make([]Entry, b.Len())
	for i := range out {
		out[i] = b.Entry(i)
	}
	return out
}

// textFieldTypes checks that a text format's fields are strings, except the ones its format
// defines as numbers, which are integers or, when the line has something else there, strings.
func textFieldTypes(f Format, v any) error {
	if f == FormatJSON {
		return nil
	}
	for k, fv := range v.(map[string]any)["fields"].(map[string]any) {
		switch fv.(type) {
		case string:
		case json.Number:
			if !numericField(f, k) {
				return fmt.Errorf("%v field %q is a number", f, k)
			}
		default:
			return fmt.Errorf("%v field %q is a %T", f, k, fv)
		}
	}
	return nil
}

// jsonSchema is the part of JSON Schema (2020-12) that docs/schema/entry.schema.json uses. A
// keyword it does not know fails the test, so that the schema cannot say more than is checked.
type jsonSchema map[string]any

func loadSchema(t *testing.T) jsonSchema {
	b, err := os.ReadFile("../docs/schema/entry.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s jsonSchema
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func (s jsonSchema) validate(v any, at string) error {
	for kw, arg := range s {
		if err := s.keyword(kw, arg, v, at); err != nil {
			return err
		}
	}
	return nil
}

func (s jsonSchema) keyword(kw string, arg, v any, at string) error {
	switch kw {
	case "$schema", "$id", "title", "description":
		return nil
	case "type":
		types, ok := arg.([]any)
		if !ok {
			types = []any{arg}
		}
		if !slices.ContainsFunc(types, func(ty any) bool { return hasType(v, ty.(string)) }) {
			return fmt.Errorf("%s: %T is not of type %v", at, v, arg)
		}
	case "enum":
		if !slices.ContainsFunc(arg.([]any), func(e any) bool { return reflect.DeepEqual(e, v) }) {
			return fmt.Errorf("%s: %v is not one of %v", at, v, arg)
		}
	case "const":
		if !reflect.DeepEqual(arg, v) {
			return fmt.Errorf("%s: %v is not %v", at, v, arg)
		}
	case "pattern":
		if str, ok := v.(string); ok && !regexp.MustCompile(arg.(string)).MatchString(str) {
			return fmt.Errorf("%s: %q does not match %s", at, str, arg)
		}
	case "minimum":
		if n, ok := v.(json.Number); ok {
			if f, _ := n.Float64(); f < arg.(float64) {
				return fmt.Errorf("%s: %v is below %v", at, n, arg)
			}
		}
	case "required":
		if obj, ok := v.(map[string]any); ok {
			for _, k := range arg.([]any) {
				if _, ok := obj[k.(string)]; !ok {
					return fmt.Errorf("%s: %q is missing", at, k)
				}
			}
		}
	case "dependentRequired":
		if obj, ok := v.(map[string]any); ok {
			for k, deps := range arg.(map[string]any) {
				if _, ok := obj[k]; !ok {
					continue
				}
				for _, dep := range deps.([]any) {
					if _, ok := obj[dep.(string)]; !ok {
						return fmt.Errorf("%s: %q without %q", at, k, dep)
					}
				}
			}
		}
	case "properties", "additionalProperties":
		return s.members(v, at)
	default:
		return fmt.Errorf("the schema uses %q, which this validator does not check", kw)
	}
	return nil
}

// members applies properties and additionalProperties to an object's members.
func (s jsonSchema) members(v any, at string) error {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	props, _ := s["properties"].(map[string]any)
	for k, mv := range obj {
		sub, declared := props[k]
		if !declared {
			switch extra := s["additionalProperties"].(type) {
			case bool:
				if !extra {
					return fmt.Errorf("%s: %q is not in the schema", at, k)
				}
				continue
			case map[string]any:
				sub = extra
			default:
				continue
			}
		}
		if err := jsonSchema(sub.(map[string]any)).validate(mv, at+"."+k); err != nil {
			return err
		}
	}
	return nil
}

func hasType(v any, ty string) bool {
	switch v := v.(type) {
	case nil:
		return ty == "null"
	case bool:
		return ty == "boolean"
	case string:
		return ty == "string"
	case json.Number:
		return ty == "number" || (ty == "integer" && !strings.ContainsAny(string(v), ".eE"))
	case []any:
		return ty == "array"
	case map[string]any:
		return ty == "object"
	}
	return false
}

// The validator refuses what it does not check and catches what the schema forbids.
func TestSchemaValidator(t *testing.T) {
	s := loadSchema(t)
	good := map[string]any{"time": "", "level": "", "source": "", "host": "", "message": "", "fields": map[string]any{}, "raw": ""}
	if err := s.validate(good, "$"); err != nil {
		t.Fatal(err)
	}
	for name, mutate := range map[string]func(m map[string]any){
		"unknown key":       func(m map[string]any) { m["extra"] = 1 },
		"missing raw":       func(m map[string]any) { delete(m, "raw") },
		"bad level":         func(m map[string]any) { m["level"] = "fatal" },
		"local time":        func(m map[string]any) { m["time"] = "2026-03-01T10:00:00+01:00" },
		"size without cut":  func(m map[string]any) { m["original_bytes"] = json.Number("10") },
		"fields as a list":  func(m map[string]any) { m["fields"] = []any{} },
		"truncated false":   func(m map[string]any) { m["truncated"] = false },
		"fractional size":   func(m map[string]any) { m["truncated"], m["original_bytes"] = true, json.Number("1.5") },
		"base64 not base64": func(m map[string]any) { m["raw_base64"] = "***" },
	} {
		m := maps.Clone(good)
		mutate(m)
		if s.validate(m, "$") == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := (jsonSchema{"oneOf": []any{}}).validate(good, "$"); err == nil {
		t.Error("an unknown keyword was accepted")
	}
}
