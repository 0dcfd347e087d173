package parse

import (
	"slices"
	"testing"
)

func TestLabelFields(t *testing.T) {
	for _, tc := range []struct {
		name, source string
		want         []Field
		why          string
	}{
		{"two", `{app="api", pod="api-7d9"}`, []Field{{"app", "api"}, {"pod", "api-7d9"}}, "a loki: stream's name"},
		{"escaped", `{msg="a \"b\"\\c", x_1="\u00e9"}`, []Field{{"msg", `a "b"\c`}, {"x_1", "é"}}, "values are Go-quoted"},
		{"empty set", `{}`, nil, "no labels"},
		{"file", `/var/log/{a}.log`, nil, "a path is no label set"},
		{"braces", `{not a label set}`, nil, "only looks like one"},
		{"unquoted", `{app=api}`, nil, "values are quoted"},
		{"bad separator", `{a="1",b="2"}`, nil, "labelSet writes \", \""},
		{"trailing", `{a="1", }`, nil, "a separator needs a label after it"},
		{"digit first", `{1a="x"}`, nil, "names start with a letter or _"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := LabelFields(tc.source); !slices.Equal(got, tc.want) {
				t.Errorf("LabelFields(%q) = %v, want %v (%s)", tc.source, got, tc.want, tc.why)
			}
		})
	}
}
