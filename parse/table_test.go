package parse

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The harness of the real-world tables (world_test.go, the table the locator and the learned
// layouts were tuned on, and holdout_test.go, families kept out of that tuning): each case's lines
// go through a Stream as a tailer would feed them, and every record's level, time, host and
// boundaries are compared with what the record really carries.

// worldNow is the clock of the table: the same day as most of its lines, a few hours later.
var worldNow = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

// worldEntry is one record of a case: its lines and what it carries.
type worldEntry struct {
	lines []string
	time  string // RFC 3339, UTC; "" for none; "a|b" for either
	level Level
	host  string
	skip  bool // fed to the stream but not scored (a #Fields header and the like)
}

// worldCase is one log family: where its layout was learned, what it exercises, its records.
type worldCase struct {
	name    string
	source  string // the daemon, and the documentation or issue thread the layout comes from
	why     string // what the case exercises
	entries []worldEntry
	gap     string // what trawl does not read yet: the case is scored, not asserted
}

// we is a scored record.
func we(time string, level Level, host string, lines ...string) worldEntry {
	return worldEntry{lines: lines, time: time, level: level, host: host}
}

// wskip is a run of header lines fed to the stream but not scored.
func wskip(lines ...string) worldEntry { return worldEntry{lines: lines, skip: true} }

// The scored fields, in the order the score table lists them.
const (
	worldLevel = iota
	worldTime
	worldHost
	worldRecord
	worldNumFields
)

var worldFieldNames = [worldNumFields]string{"level", "time", "host", "record"}

// worldMiss is one field of one record that came out wrong.
type worldMiss struct {
	entry     int // index among the case's entries
	field     int
	got, want string
	line      string // the record's first line
}

// worldOutcome is how one case came out: per field, how many of its scored records were right.
type worldOutcome struct {
	scored int
	right  [worldNumFields]int
	misses []worldMiss
}

// runWorldCase feeds a case's lines through a Stream, as a tailer would, and compares the
// entries that start at each record's first line with what the record carries.
func runWorldCase(c worldCase) worldOutcome {
	s := NewStream(c.name, StreamOptions{Now: func() time.Time { return worldNow }, Location: time.UTC})
	b := &Batch{}
	starts := make([]int64, len(c.entries))
	var off int64
	for i, e := range c.entries {
		starts[i] = off
		for _, l := range e.lines {
			s.Line([]byte(l), off, false, b)
			off += int64(len(l)) + 1
		}
	}
	s.Flush(b)
	got := make(map[int64]Entry, b.Len())
	for i := 0; i < b.Len(); i++ {
		e := b.Entry(i)
		if _, dup := got[e.Offset]; !dup {
			got[e.Offset] = e
		}
	}

	var out worldOutcome
	for i, w := range c.entries {
		if w.skip {
			continue
		}
		out.scored++
		miss := func(field int, g, want string) {
			out.misses = append(out.misses, worldMiss{entry: i, field: field, got: g, want: want, line: w.lines[0]})
		}
		raw := strings.TrimRight(strings.Join(w.lines, "\n"), "\n")
		e, ok := got[starts[i]]
		if !ok {
			const none = "(no entry starts at this line: it was joined to the one before)"
			miss(worldLevel, none, w.level.String())
			miss(worldTime, none, w.time)
			miss(worldHost, none, w.host)
			miss(worldRecord, none, raw)
			continue
		}
		if e.LevelDerived() {
			e.Level = Unknown // as output prints it: an access line writes no level
		}
		if e.Level == w.level {
			out.right[worldLevel]++
		} else {
			miss(worldLevel, e.Level.String(), w.level.String())
		}
		if worldTimeMatches(e.Time, w.time) {
			out.right[worldTime]++
		} else {
			miss(worldTime, worldFmt(e.Time), w.time)
		}
		if e.Host == w.host {
			out.right[worldHost]++
		} else {
			miss(worldHost, e.Host, w.host)
		}
		if strings.TrimRight(e.Raw, "\n") == raw {
			out.right[worldRecord]++
		} else {
			miss(worldRecord, e.Raw, raw)
		}
	}
	return out
}

// worldTimeMatches reports whether got is the expected time, or one of the "|"-separated
// alternatives; "" expects no time of the entry's own.
func worldTimeMatches(got int64, want string) bool {
	if want == "" {
		return got == 0
	}
	for _, alt := range strings.Split(want, "|") {
		t, err := time.Parse(time.RFC3339Nano, alt)
		if err == nil && t.UnixNano() == got {
			return true
		}
	}
	return false
}

func worldFmt(ns int64) string {
	if ns == 0 {
		return ""
	}
	return time.Unix(0, ns).UTC().Format(time.RFC3339Nano)
}

// checkTable keeps a table itself honest: enough families, unique names, a source and a why on
// every case, times that parse, and at least two scored records a case.
func checkTable(t *testing.T, cases []worldCase, minFamilies int) map[string]bool {
	t.Helper()
	if len(cases) < minFamilies {
		t.Errorf("%d cases; issue 11 asks for at least %d families", len(cases), minFamilies)
	}
	names := map[string]bool{}
	for _, c := range cases {
		if names[c.name] {
			t.Errorf("duplicate case name %q", c.name)
		}
		names[c.name] = true
		if c.source == "" || c.why == "" {
			t.Errorf("%s: a case names its source and why it exists", c.name)
		}
		scored := 0
		for i, e := range c.entries {
			if len(e.lines) == 0 {
				t.Errorf("%s entry %d has no lines", c.name, i)
				continue
			}
			if e.skip {
				continue
			}
			scored++
			for _, alt := range strings.Split(e.time, "|") {
				if _, err := time.Parse(time.RFC3339Nano, alt); alt != "" && err != nil {
					t.Errorf("%s entry %d: bad expected time %q: %v", c.name, i, alt, err)
				}
			}
		}
		if scored < 2 {
			t.Errorf("%s: %d scored records, want at least 2", c.name, scored)
		}
	}
	return names
}

// realTables are the tables of real-world families in the order they were written, each with the
// fewest families it may hold: world_test.go tuned the locator; each later one was scored before
// any rule was written from it, so it may hold no family of a table before it.
// table is one file's table of cases; min is the fewest families it may hold.
type table struct {
	file  string
	cases []worldCase
	min   int
}

// everyFamily returns every family of the rules' own lines and of the real-world tables, for the
// checks that read all of them two ways and compare.
func everyFamily() []worldCase {
	all := append([]worldCase(nil), ruleCases...)
	for _, tb := range realTables {
		all = append(all, tb.cases...)
	}
	return all
}

// familyLines is a family's lines repeated times times, at most 3,000 lines.
func familyLines(c worldCase, times int) []string {
	var lines []string
	for r := 0; r < times && len(lines) < 3000; r++ {
		for _, e := range c.entries {
			lines = append(lines, e.lines...)
		}
	}
	return lines
}

var realTables = []table{
	{"world_test.go", worldCases, 45},
	{"holdout_test.go", holdoutCases, 45},
	{"fresh_test.go", freshCases, 60},
	{"fresh2_test.go", fresh2Cases, 45},
	{"fresh3_test.go", fresh3Cases, 50},
	{"fresh4_test.go", fresh4Cases, 55},
	{"fresh5_test.go", fresh5Cases, 55},
	{"fresh6_test.go", fresh6Cases, 60},
	{"fresh7_test.go", fresh7Cases, 40},
	{"fresh8_test.go", fresh8Cases, 45},
	{"fresh9_test.go", fresh9Cases, 40},
	{"fresh10_test.go", fresh10Cases, 40},
	{"fresh11_test.go", fresh11Cases, 40},
	{"fresh12_test.go", fresh12Cases, 40},
	{"fresh13_test.go", fresh13Cases, 40},
	{"fresh14_test.go", fresh14Cases, 40},
	{"fresh15_test.go", fresh15Cases, 40},
	{"fresh16_test.go", fresh16Cases, 40},
	{"fresh17_test.go", fresh17Cases, 40},
	{"fresh18_test.go", fresh18Cases, 40},
	{"fresh19_test.go", fresh19Cases, 40},
	{"fresh20_test.go", fresh20Cases, 40},
	{"fresh21_test.go", fresh21Cases, 40},
	{"fresh22_test.go", fresh22Cases, 40},
	{"fresh23_test.go", fresh23Cases, 40},
	{"fresh24_test.go", fresh24Cases, 40},
	{"fresh25_test.go", fresh25Cases, 40},
	{"fresh26_test.go", fresh26Cases, 40},
	{"fresh27_test.go", fresh27Cases, 40},
	{"fresh28_test.go", fresh28Cases, 40},
	{"fresh29_test.go", fresh29Cases, 40},
	{"fresh30_test.go", fresh30Cases, 40},
	{"fresh31_test.go", fresh31Cases, 40},
	{"fresh32_test.go", fresh32Cases, 40},
	{"fresh33_test.go", fresh33Cases, 40},
	{"fresh34_test.go", fresh34Cases, 40},
	{"fresh35_test.go", fresh35Cases, 40},
	{"fresh36_test.go", fresh36Cases, 40},
	{"fresh37_test.go", fresh37Cases, 40},
	{"fresh38_test.go", fresh38Cases, 40},
	{"fresh39_test.go", fresh39Cases, 40},
	{"fresh40_test.go", fresh40Cases, 40},
	{"fresh41_test.go", fresh41Cases, 40},
	{"fresh42_test.go", fresh42Cases, 40},
	{"fresh43_test.go", fresh43Cases, 40},
	{"fresh44_test.go", fresh44Cases, 40},
	{"fresh45_test.go", fresh45Cases, 40},
	{"fresh46_test.go", fresh46Cases, 40},
	{"fresh47_test.go", fresh47Cases, 40},
	{"fresh48_test.go", fresh48Cases, 40},
	{"fresh49_test.go", fresh49Cases, 40},
	{"fresh50_test.go", fresh50Cases, 40},
	{"fresh51_test.go", fresh51Cases, 40},
	{"fresh52_test.go", fresh52Cases, 40},
	{"fresh53_test.go", fresh53Cases, 40},
	{"fresh54_test.go", fresh54Cases, 40},
	{"fresh55_test.go", fresh55Cases, 40},
	{"fresh56_test.go", fresh56Cases, 40},
	{"fresh57_test.go", fresh57Cases, 40},
	{"fresh58_test.go", fresh58Cases, 40},
	{"fresh59_test.go", fresh59Cases, 40},
	{"fresh60_test.go", fresh60Cases, 40},
	{"fresh61_test.go", fresh61Cases, 40},
	{"fresh62_test.go", fresh62Cases, 40},
	{"fresh63_test.go", fresh63Cases, 40},
	{"fresh64_test.go", fresh64Cases, 40},
	{"fresh65_test.go", fresh65Cases, 40},
	{"fresh66_test.go", fresh66Cases, 40},
	{"fresh67_test.go", fresh67Cases, 40},
	{"fresh68_test.go", fresh68Cases, 40},
	{"fresh69_test.go", fresh69Cases, 40},
	{"fresh70_test.go", fresh70Cases, 40},
	{"fresh71_test.go", fresh71Cases, 40},
	{"fresh72_test.go", fresh72Cases, 40},
	{"fresh73_test.go", fresh73Cases, 40},
	{"fresh74_test.go", fresh74Cases, 40},
	{"fresh75_test.go", fresh75Cases, 40},
	{"fresh76_test.go", fresh76Cases, 40},
	{"fresh77_test.go", fresh77Cases, 40},
	{"fresh78_test.go", fresh78Cases, 40},
	{"fresh79_test.go", fresh79Cases, 40},
	{"fresh80_test.go", fresh80Cases, 40},
	{"fresh81_test.go", fresh81Cases, 40},
	{"fresh82_test.go", fresh82Cases, 40},
	{"fresh83_test.go", fresh83Cases, 40},
	{"fresh84_test.go", fresh84Cases, 40},
	{"fresh85_test.go", fresh85Cases, 40},
	{"fresh86_test.go", fresh86Cases, 40},
	{"fresh87_test.go", fresh87Cases, 40},
	{"fresh88_test.go", fresh88Cases, 40},
	{"fresh89_test.go", fresh89Cases, 40},
	{"fresh90_test.go", fresh90Cases, 40},
	{"fresh91_test.go", fresh91Cases, 32},
	{"fresh92_test.go", fresh92Cases, 40},
	{"fresh93_test.go", fresh93Cases, 40},
	{"fresh94_test.go", fresh94Cases, 40},
	{"fresh95_test.go", fresh95Cases, 40},
	{"fresh96_test.go", fresh96Cases, 40},
	{"fresh97_test.go", fresh97Cases, 40},
	{"fresh98_test.go", fresh98Cases, 40},
	{"fresh99_test.go", fresh99Cases, 40},
	{"fresh100_test.go", fresh100Cases, 40},
	{"fresh101_test.go", fresh101Cases, 40},
	{"fresh102_test.go", fresh102Cases, 40},
	{"fresh103_test.go", fresh103Cases, 40},
	{"fresh104_test.go", fresh104Cases, 40},
	{"fresh105_test.go", fresh105Cases, 40},
	{"fresh106_test.go", fresh106Cases, 40},
	{"fresh107_test.go", fresh107Cases, 40},
	{"fresh108_test.go", fresh108Cases, 40},
	{"fresh109_test.go", fresh109Cases, 40},
	{"fresh110_test.go", fresh110Cases, 40},
	{"fresh111_test.go", fresh111Cases, 40},
	{"fresh112_test.go", fresh112Cases, 40},
	{"fresh113_test.go", fresh113Cases, 40},
	{"fresh114_test.go", fresh114Cases, 40},
	{"fresh115_test.go", fresh115Cases, 40},
	{"fresh116_test.go", fresh116Cases, 40},
	{"fresh117_test.go", fresh117Cases, 40},
	{"fresh118_test.go", fresh118Cases, 40},
	{"fresh119_test.go", fresh119Cases, 40},
	{"fresh120_test.go", fresh120Cases, 40},
	{"fresh121_test.go", fresh121Cases, 40},
	{"fresh122_test.go", fresh122Cases, 40},
	{"fresh123_test.go", fresh123Cases, 40},
	{"fresh124_test.go", fresh124Cases, 40},
	{"fresh125_test.go", fresh125Cases, 40},
	{"fresh126_test.go", fresh126Cases, 40},
	{"fresh127_test.go", fresh127Cases, 40},
	{"fresh128_test.go", fresh128Cases, 40},
	{"fresh129_test.go", fresh129Cases, 40},
	{"fresh130_test.go", fresh130Cases, 40},
	{"fresh131_test.go", fresh131Cases, 40},
	{"fresh132_test.go", fresh132Cases, 40},
	{"fresh133_test.go", fresh133Cases, 40},
	{"fresh134_test.go", fresh134Cases, 40},
	{"fresh135_test.go", fresh135Cases, 40},
	{"fresh136_test.go", fresh136Cases, 40},
	{"fresh137_test.go", fresh137Cases, 40},
	{"fresh138_test.go", fresh138Cases, 40},
	{"fresh139_test.go", fresh139Cases, 40},
	{"fresh140_test.go", fresh140Cases, 40},
	{"fresh141_test.go", fresh141Cases, 40},
	{"fresh142_test.go", fresh142Cases, 40},
	{"fresh143_test.go", fresh143Cases, 19},
	{"fresh144_test.go", fresh144Cases, 15},
	{"fresh145_test.go", fresh145Cases, 19},
	{"fresh146_test.go", fresh146Cases, 8},
	{"fresh147_test.go", fresh147Cases, 26},
	{"fresh148_test.go", fresh148Cases, 32},
	{"fresh149_test.go", fresh149Cases, 26},
	{"fresh150_test.go", fresh150Cases, 26},
	{"fresh151_test.go", fresh151Cases, 26},
	{"fresh152_test.go", fresh152Cases, 26},
	{"fresh153_test.go", fresh153Cases, 26},
	{"fresh154_test.go", fresh154Cases, 26},
	{"fresh155_test.go", fresh155Cases, 26},
	{"fresh156_test.go", fresh156Cases, 26},
	{"fresh157_test.go", fresh157Cases, 26},
	{"fresh158_test.go", fresh158Cases, 26},
	{"fresh159_test.go", fresh159Cases, 26},
	{"fresh160_test.go", fresh160Cases, 26},
	{"fresh161_test.go", fresh161Cases, 26},
	{"fresh162_test.go", fresh162Cases, 26},
	{"fresh163_test.go", fresh163Cases, 26},
	{"fresh164_test.go", fresh164Cases, 26},
	{"fresh165_test.go", fresh165Cases, 26},
	{"fresh166_test.go", fresh166Cases, 26},
	{"fresh167_test.go", fresh167Cases, 26},
	{"fresh169_test.go", fresh169Cases, 25},
	{"fresh168_test.go", fresh168Cases, 26},
	{"fresh170_test.go", fresh170Cases, 26},
	{"fresh171_test.go", fresh171Cases, 19},
	{"fresh172_test.go", fresh172Cases, 26},
	{"fresh173_test.go", fresh173Cases, 26},
	{"fresh174_test.go", fresh174Cases, 26},
	{"fresh175_test.go", fresh175Cases, 26},
	{"fresh176_test.go", fresh176Cases, 26},
	{"fresh177_test.go", fresh177Cases, 19},
	{"fresh178_test.go", fresh178Cases, 26},
	{"fresh179_test.go", fresh179Cases, 24},
	{"fresh180_test.go", fresh180Cases, 26},
	{"fresh181_test.go", fresh181Cases, 24},
	{"fresh182_test.go", fresh182Cases, 15},
	{"fresh183_test.go", fresh183Cases, 20},
	{"fresh184_test.go", fresh184Cases, 20},
	{"fresh185_test.go", fresh185Cases, 19},
	{"fresh186_test.go", fresh186Cases, 20},
	{"fresh187_test.go", fresh187Cases, 19},
	{"fresh188_test.go", fresh188Cases, 20},
	{"fresh189_test.go", fresh189Cases, 18},
	{"fresh190_test.go", fresh190Cases, 9},
	{"fresh191_test.go", fresh191Cases, 14},
	{"fresh192_test.go", fresh192Cases, 15},
	{"fresh193_test.go", fresh193Cases, 17},
	{"fresh194_test.go", fresh194Cases, 11},
	{"fresh195_test.go", fresh195Cases, 12},
	{"fresh196_test.go", fresh196Cases, 16},
	{"fresh197_test.go", fresh197Cases, 16},
	{"fresh198_test.go", fresh198Cases, 12},
	{"fresh199_test.go", fresh199Cases, 15},
	{"fresh200_test.go", fresh200Cases, 15},
	{"fresh201_test.go", fresh201Cases, 12},
	{"fresh202_test.go", fresh202Cases, 13},
	{"fresh203_test.go", fresh203Cases, 11},
	{"fresh204_test.go", fresh204Cases, 15},
	{"fresh205_test.go", fresh205Cases, 16},
	{"fresh206_test.go", fresh206Cases, 14},
	{"fresh207_test.go", fresh207Cases, 8},
	{"fresh208_test.go", fresh208Cases, 12},
	{"fresh209_test.go", fresh209Cases, 8},
	{"fresh210_test.go", fresh210Cases, 8},
	{"fresh211_test.go", fresh211Cases, 8},
	{"fresh212_test.go", fresh212Cases, 8},
	{"fresh213_test.go", fresh213Cases, 11},
	{"fresh214_test.go", fresh214Cases, 9},
	{"fresh215_test.go", fresh215Cases, 8},
	{"fresh216_test.go", fresh216Cases, 9},
	{"fresh217_test.go", fresh217Cases, 7},
	{"fresh218_test.go", fresh218Cases, 15},
	{"fresh219_test.go", fresh219Cases, 8},
	{"fresh220_test.go", fresh220Cases, 6},
	{"fresh221_test.go", fresh221Cases, 8},
	{"fresh222_test.go", fresh222Cases, 9},
	{"fresh223_test.go", fresh223Cases, 8},
	{"fresh224_test.go", fresh224Cases, 12},
	{"fresh225_test.go", fresh225Cases, 8},
	{"fresh226_test.go", fresh226Cases, 16},
	{"fresh227_test.go", fresh227Cases, 9},
	{"fresh228_test.go", fresh228Cases, 8},
	{"fresh229_test.go", fresh229Cases, 8},
	{"fresh230_test.go", fresh230Cases, 11},
	{"fresh231_test.go", fresh231Cases, 12},
	{"fresh232_test.go", fresh232Cases, 14},
	{"fresh233_test.go", fresh233Cases, 7},
	{"fresh234_test.go", fresh234Cases, 8},
	{"fresh235_test.go", fresh235Cases, 8},
	{"fresh236_test.go", fresh236Cases, 9},
	{"fresh237_test.go", fresh237Cases, 9},
	{"fresh238_test.go", fresh238Cases, 8},
	{"fresh239_test.go", fresh239Cases, 10},
	{"fresh240_test.go", fresh240Cases, 10},
	{"fresh241_test.go", fresh241Cases, 10},
	{"fresh242_test.go", fresh242Cases, 9},
	{"fresh243_test.go", fresh243Cases, 8},
	{"fresh244_test.go", fresh244Cases, 8},
	{"fresh245_test.go", fresh245Cases, 13},
	{"fresh246_test.go", fresh246Cases, 9},
	{"fresh247_test.go", fresh247Cases, 9},
	{"fresh248_test.go", fresh248Cases, 8},
	{"fresh249_test.go", fresh249Cases, 10},
	{"fresh250_test.go", fresh250Cases, 9},
	{"fresh251_test.go", fresh251Cases, 12},
	{"fresh252_test.go", fresh252Cases, 10},
	{"fresh253_test.go", fresh253Cases, 8},
	{"fresh254_test.go", fresh254Cases, 8},
	{"fresh255_test.go", fresh255Cases, 10},
	{"fresh256_test.go", fresh256Cases, 10},
	{"fresh257_test.go", fresh257Cases, 10},
	{"fresh258_test.go", fresh258Cases, 9},
	{"fresh259_test.go", fresh259Cases, 10},
	{"fresh260_test.go", fresh260Cases, 10},
	{"fresh261_test.go", fresh261Cases, 9},
	{"fresh262_test.go", fresh262Cases, 9},
	{"fresh263_test.go", fresh263Cases, 10},
	{"fresh264_test.go", fresh264Cases, 9},
	{"fresh265_test.go", fresh265Cases, 10},
	{"fresh266_test.go", fresh266Cases, 10},
	{"fresh267_test.go", fresh267Cases, 10},
	{"fresh268_test.go", fresh268Cases, 10},
	{"fresh269_test.go", fresh269Cases, 10},
	{"fresh270_test.go", fresh270Cases, 10},
	{"fresh271_test.go", fresh271Cases, 8},
	{"fresh272_test.go", fresh272Cases, 10},
	{"fresh273_test.go", fresh273Cases, 9},
	{"fresh274_test.go", fresh274Cases, 9},
	{"fresh275_test.go", fresh275Cases, 10},
	{"fresh276_test.go", fresh276Cases, 10},
	{"fresh277_test.go", fresh277Cases, 9},
	{"fresh278_test.go", fresh278Cases, 10},
	{"fresh279_test.go", fresh279Cases, 9},
	{"fresh280_test.go", fresh280Cases, 10},
	{"fresh281_test.go", fresh281Cases, 8},
	{"fresh282_test.go", fresh282Cases, 8},
	{"fresh283_test.go", fresh283Cases, 10},
	{"fresh284_test.go", fresh284Cases, 10},
	{"fresh285_test.go", fresh285Cases, 10},
	{"fresh286_test.go", fresh286Cases, 10},
	{"fresh287_test.go", fresh287Cases, 8},
	{"fresh288_test.go", fresh288Cases, 10},
	{"fresh289_test.go", fresh289Cases, 9},
	{"fresh290_test.go", fresh290Cases, 9},
	{"fresh291_test.go", fresh291Cases, 10},
	{"fresh292_test.go", fresh292Cases, 9},
	{"fresh293_test.go", fresh293Cases, 10},
	{"fresh294_test.go", fresh294Cases, 9},
	{"fresh295_test.go", fresh295Cases, 9},
	{"fresh296_test.go", fresh296Cases, 9},
	{"fresh297_test.go", fresh297Cases, 8},
	{"fresh298_test.go", fresh298Cases, 10},
	{"fresh299_test.go", fresh299Cases, 8},
	{"fresh300_test.go", fresh300Cases, 9},
	{"fresh301_test.go", fresh301Cases, 8},
	{"fresh302_test.go", fresh302Cases, 8},
	{"fresh303_test.go", fresh303Cases, 10},
	{"fresh304_test.go", fresh304Cases, 8},
	{"fresh305_test.go", fresh305Cases, 10},
	{"fresh306_test.go", fresh306Cases, 8},
	{"fresh307_test.go", fresh307Cases, 9},
	{"fresh308_test.go", fresh308Cases, 9},
	{"fresh309_test.go", fresh309Cases, 9},
	{"fresh310_test.go", fresh310Cases, 8},
	{"fresh311_test.go", fresh311Cases, 9},
	{"fresh312_test.go", fresh312Cases, 9},
	{"fresh313_test.go", fresh313Cases, 8},
	{"fresh314_test.go", fresh314Cases, 8},
	{"fresh315_test.go", fresh315Cases, 10},
	{"fresh316_test.go", fresh316Cases, 8},
	{"fresh317_test.go", fresh317Cases, 9},
	{"fresh318_test.go", fresh318Cases, 8},
	{"fresh319_test.go", fresh319Cases, 9},
	{"fresh320_test.go", fresh320Cases, 8},
	{"fresh321_test.go", fresh321Cases, 8},
	{"fresh322_test.go", fresh322Cases, 10},
	{"fresh323_test.go", fresh323Cases, 10},
	{"fresh324_test.go", fresh324Cases, 9},
	{"fresh325_test.go", fresh325Cases, 10},
	{"fresh326_test.go", fresh326Cases, 9},
	{"fresh327_test.go", fresh327Cases, 10},
	{"fresh328_test.go", fresh328Cases, 9},
	{"fresh329_test.go", fresh329Cases, 9},
	{"fresh330_test.go", fresh330Cases, 10},
	{"fresh331_test.go", fresh331Cases, 8},
	{"fresh332_test.go", fresh332Cases, 10},
	{"fresh333_test.go", fresh333Cases, 8},
	{"fresh334_test.go", fresh334Cases, 10},
	{"fresh335_test.go", fresh335Cases, 9},
	{"fresh336_test.go", fresh336Cases, 8},
	{"fresh337_test.go", fresh337Cases, 10},
	{"fresh338_test.go", fresh338Cases, 10},
	{"fresh339_test.go", fresh339Cases, 10},
	{"fresh340_test.go", fresh340Cases, 10},
	{"fresh341_test.go", fresh341Cases, 9},
	{"fresh342_test.go", fresh342Cases, 10},
	{"fresh343_test.go", fresh343Cases, 8},
	{"fresh344_test.go", fresh344Cases, 8},
	{"fresh345_test.go", fresh345Cases, 10},
	{"fresh346_test.go", fresh346Cases, 10},
	{"fresh347_test.go", fresh347Cases, 8},
	{"fresh348_test.go", fresh348Cases, 9},
	{"fresh349_test.go", fresh349Cases, 9},
	{"fresh350_test.go", fresh350Cases, 9},
	{"fresh351_test.go", fresh351Cases, 8},
	{"fresh352_test.go", fresh352Cases, 9},
	{"fresh353_test.go", fresh353Cases, 9},
	{"fresh354_test.go", fresh354Cases, 9},
	{"fresh355_test.go", fresh355Cases, 9},
	{"fresh356_test.go", fresh356Cases, 10},
	{"fresh357_test.go", fresh357Cases, 9},
	{"fresh358_test.go", fresh358Cases, 10},
	{"fresh359_test.go", fresh359Cases, 9},
	{"fresh360_test.go", fresh360Cases, 9},
	{"fresh361_test.go", fresh361Cases, 9},
	{"fresh362_test.go", fresh362Cases, 10},
	{"fresh363_test.go", fresh363Cases, 8},
	{"fresh364_test.go", fresh364Cases, 8},
	{"fresh365_test.go", fresh365Cases, 8},
	{"fresh366_test.go", fresh366Cases, 8},
	{"fresh367_test.go", fresh367Cases, 8},
	{"fresh368_test.go", fresh368Cases, 9},
	{"fresh369_test.go", fresh369Cases, 8},
	{"fresh370_test.go", fresh370Cases, 9},
	{"fresh371_test.go", fresh371Cases, 9},
	{"fresh372_test.go", fresh372Cases, 7},
	{"fresh373_test.go", fresh373Cases, 8},
	{"fresh374_test.go", fresh374Cases, 8},
	{"fresh375_test.go", fresh375Cases, 8},
	{"fresh376_test.go", fresh376Cases, 8},
	{"fresh377_test.go", fresh377Cases, 8},
	{"fresh378_test.go", fresh378Cases, 8},
	{"fresh379_test.go", fresh379Cases, 8},
	{"fresh380_test.go", fresh380Cases, 9},
	{"fresh381_test.go", fresh381Cases, 8},
	{"fresh382_test.go", fresh382Cases, 8},
	{"fresh383_test.go", fresh383Cases, 8},
	{"fresh384_test.go", fresh384Cases, 8},
	{"fresh385_test.go", fresh385Cases, 8},
	{"fresh386_test.go", fresh386Cases, 8},
	{"fresh387_test.go", fresh387Cases, 8},
	{"fresh388_test.go", fresh388Cases, 9},
	{"fresh389_test.go", fresh389Cases, 8},
	{"fresh390_test.go", fresh390Cases, 8},
	{"fresh391_test.go", fresh391Cases, 8},
	{"fresh392_test.go", fresh392Cases, 8},
	{"fresh393_test.go", fresh393Cases, 8},
	{"fresh394_test.go", fresh394Cases, 9},
	{"fresh395_test.go", fresh395Cases, 8},
	{"fresh396_test.go", fresh396Cases, 8},
	{"fresh397_test.go", fresh397Cases, 8},
	{"fresh398_test.go", fresh398Cases, 8},
	{"fresh399_test.go", fresh399Cases, 8},
	{"fresh400_test.go", fresh400Cases, 8},
	{"fresh401_test.go", fresh401Cases, 8},
	{"fresh402_test.go", fresh402Cases, 8},
	{"fresh403_test.go", fresh403Cases, 8},
	{"fresh404_test.go", fresh404Cases, 8},
	{"fresh405_test.go", fresh405Cases, 9},
	{"fresh406_test.go", fresh406Cases, 8},
	{"fresh407_test.go", fresh407Cases, 8},
	{"fresh408_test.go", fresh408Cases, 8},
	{"fresh409_test.go", fresh409Cases, 8},
	{"fresh410_test.go", fresh410Cases, 8},
	{"fresh411_test.go", fresh411Cases, 8},
	{"fresh412_test.go", fresh412Cases, 10},
	{"fresh413_test.go", fresh413Cases, 10},
	{"fresh414_test.go", fresh414Cases, 8},
	{"fresh415_test.go", fresh415Cases, 8},
	{"fresh416_test.go", fresh416Cases, 8},
	{"fresh417_test.go", fresh417Cases, 8},
	{"fresh418_test.go", fresh418Cases, 8},
	{"fresh419_test.go", fresh419Cases, 8},
	{"fresh420_test.go", fresh420Cases, 8},
	{"fresh421_test.go", fresh421Cases, 8},
	{"fresh422_test.go", fresh422Cases, 8},
	{"fresh423_test.go", fresh423Cases, 8},
	{"fresh424_test.go", fresh424Cases, 8},
	{"fresh425_test.go", fresh425Cases, 8},
	{"fresh426_test.go", fresh426Cases, 8},
	{"fresh427_test.go", fresh427Cases, 8},
	{"fresh428_test.go", fresh428Cases, 8},
	{"fresh429_test.go", fresh429Cases, 9},
	{"fresh430_test.go", fresh430Cases, 8},
	{"fresh431_test.go", fresh431Cases, 8},
	{"fresh432_test.go", fresh432Cases, 8},
	{"fresh433_test.go", fresh433Cases, 7},
	{"fresh434_test.go", fresh434Cases, 7},
	{"fresh435_test.go", fresh435Cases, 10},
	{"fresh436_test.go", fresh436Cases, 8},
	{"fresh437_test.go", fresh437Cases, 6},
	{"fresh438_test.go", fresh438Cases, 8},
	{"fresh439_test.go", fresh439Cases, 9},
	{"fresh440_test.go", fresh440Cases, 8},
	{"fresh441_test.go", fresh441Cases, 9},
	{"fresh442_test.go", fresh442Cases, 8},
	{"fresh443_test.go", fresh443Cases, 8},
	{"fresh444_test.go", fresh444Cases, 8},
	{"fresh445_test.go", fresh445Cases, 8},
	{"fresh446_test.go", fresh446Cases, 7},
	{"fresh447_test.go", fresh447Cases, 8},
	{"fresh448_test.go", fresh448Cases, 8},
	{"fresh449_test.go", fresh449Cases, 8},
	{"fresh450_test.go", fresh450Cases, 8},
	{"fresh451_test.go", fresh451Cases, 8},
	{"fresh452_test.go", fresh452Cases, 9},
	{"fresh453_test.go", fresh453Cases, 8},
	{"fresh454_test.go", fresh454Cases, 10},
	{"fresh455_test.go", fresh455Cases, 9},
	{"fresh456_test.go", fresh456Cases, 8},
	{"fresh457_test.go", fresh457Cases, 9},
	{"fresh458_test.go", fresh458Cases, 8},
	{"fresh459_test.go", fresh459Cases, 9},
	{"fresh460_test.go", fresh460Cases, 8},
	{"fresh461_test.go", fresh461Cases, 9},
	{"fresh462_test.go", fresh462Cases, 8},
	{"fresh463_test.go", fresh463Cases, 8},
	{"fresh464_test.go", fresh464Cases, 9},
	{"fresh465_test.go", fresh465Cases, 8},
	{"fresh466_test.go", fresh466Cases, 7},
	{"fresh467_test.go", fresh467Cases, 8},
	{"fresh468_test.go", fresh468Cases, 8},
	{"fresh469_test.go", fresh469Cases, 8},
	{"fresh470_test.go", fresh470Cases, 8},
	{"fresh471_test.go", fresh471Cases, 8},
	{"fresh476_test.go", fresh476Cases, 8},
	{"fresh478_test.go", fresh478Cases, 8},
	{"fresh479_test.go", fresh479Cases, 8},
	{"fresh474_test.go", fresh474Cases, 8},
	{"fresh472_test.go", fresh472Cases, 8},
	{"fresh475_test.go", fresh475Cases, 8},
	{"fresh477_test.go", fresh477Cases, 8},
	{"fresh473_test.go", fresh473Cases, 8},
	{"fresh482_test.go", fresh482Cases, 8},
	{"fresh486_test.go", fresh486Cases, 8},
	{"fresh484_test.go", fresh484Cases, 8},
	{"fresh481_test.go", fresh481Cases, 8},
	{"fresh485_test.go", fresh485Cases, 8},
	{"fresh480_test.go", fresh480Cases, 8},
	{"fresh487_test.go", fresh487Cases, 8},
	{"fresh483_test.go", fresh483Cases, 8},
	{"fresh488_test.go", fresh488Cases, 8},
	{"fresh495_test.go", fresh495Cases, 8},
	{"fresh490_test.go", fresh490Cases, 8},
	{"fresh491_test.go", fresh491Cases, 8},
	{"fresh493_test.go", fresh493Cases, 8},
	{"fresh492_test.go", fresh492Cases, 8},
	{"fresh494_test.go", fresh494Cases, 8},
	{"fresh489_test.go", fresh489Cases, 8},
	{"fresh503_test.go", fresh503Cases, 8},
	{"fresh496_test.go", fresh496Cases, 8},
	{"fresh499_test.go", fresh499Cases, 8},
	{"fresh500_test.go", fresh500Cases, 8},
	{"fresh502_test.go", fresh502Cases, 8},
	{"fresh498_test.go", fresh498Cases, 8},
	{"fresh497_test.go", fresh497Cases, 8},
	{"fresh501_test.go", fresh501Cases, 8},
	{"fresh504_test.go", fresh504Cases, 8},
	{"fresh507_test.go", fresh507Cases, 8},
	{"fresh510_test.go", fresh510Cases, 8},
	{"fresh509_test.go", fresh509Cases, 8},
	{"fresh505_test.go", fresh505Cases, 8},
	{"fresh508_test.go", fresh508Cases, 8},
	{"fresh506_test.go", fresh506Cases, 8},
	{"fresh511_test.go", fresh511Cases, 8},
	{"fresh512_test.go", fresh512Cases, 8},
	{"fresh513_test.go", fresh513Cases, 8},
	{"fresh514_test.go", fresh514Cases, 8},
	{"fresh515_test.go", fresh515Cases, 8},
	{"fresh516_test.go", fresh516Cases, 8},
	{"fresh517_test.go", fresh517Cases, 7},
	{"fresh518_test.go", fresh518Cases, 8},
	{"fresh522_test.go", fresh522Cases, 8},
	{"fresh519_test.go", fresh519Cases, 8},
	{"fresh523_test.go", fresh523Cases, 8},
	{"fresh526_test.go", fresh526Cases, 8},
	{"fresh520_test.go", fresh520Cases, 8},
	{"fresh521_test.go", fresh521Cases, 8},
	{"fresh524_test.go", fresh524Cases, 8},
	{"fresh525_test.go", fresh525Cases, 8},
	{"fresh527_test.go", fresh527Cases, 8},
	{"fresh529_test.go", fresh529Cases, 8},
	{"fresh531_test.go", fresh531Cases, 8},
	{"fresh532_test.go", fresh532Cases, 8},
	{"fresh533_test.go", fresh533Cases, 8},
	{"fresh534_test.go", fresh534Cases, 8},
	{"fresh528_test.go", fresh528Cases, 8},
	{"fresh530_test.go", fresh530Cases, 8},
	{"fresh535_test.go", fresh535Cases, 8},
	{"fresh536_test.go", fresh536Cases, 8},
	{"fresh537_test.go", fresh537Cases, 8},
	{"fresh538_test.go", fresh538Cases, 8},
	{"fresh539_test.go", fresh539Cases, 8},
	{"fresh540_test.go", fresh540Cases, 8},
	{"fresh541_test.go", fresh541Cases, 8},
	{"fresh542_test.go", fresh542Cases, 8},
	{"fresh546_test.go", fresh546Cases, 8},
	{"fresh549_test.go", fresh549Cases, 8},
	{"fresh550_test.go", fresh550Cases, 8},
	{"fresh543_test.go", fresh543Cases, 8},
	{"fresh544_test.go", fresh544Cases, 8},
	{"fresh545_test.go", fresh545Cases, 8},
	{"fresh547_test.go", fresh547Cases, 8},
	{"fresh548_test.go", fresh548Cases, 8},
	{"fresh551_test.go", fresh551Cases, 8},
	{"fresh552_test.go", fresh552Cases, 8},
	{"fresh553_test.go", fresh553Cases, 8},
	{"fresh554_test.go", fresh554Cases, 8},
	{"fresh555_test.go", fresh555Cases, 8},
	{"fresh556_test.go", fresh556Cases, 8},
	{"fresh557_test.go", fresh557Cases, 8},
	{"fresh558_test.go", fresh558Cases, 8},
	{"fresh559_test.go", fresh559Cases, 8},
	{"fresh560_test.go", fresh560Cases, 8},
	{"fresh561_test.go", fresh561Cases, 8},
	{"fresh563_test.go", fresh563Cases, 8},
	{"fresh564_test.go", fresh564Cases, 8},
	{"fresh565_test.go", fresh565Cases, 8},
	{"fresh562_test.go", fresh562Cases, 8},
	{"fresh566_test.go", fresh566Cases, 8},
	{"fresh572_test.go", fresh572Cases, 8},
	{"fresh568_test.go", fresh568Cases, 8},
	{"fresh571_test.go", fresh571Cases, 8},
	{"fresh573_test.go", fresh573Cases, 8},
	{"fresh567_test.go", fresh567Cases, 8},
	{"fresh569_test.go", fresh569Cases, 8},
	{"fresh574_test.go", fresh574Cases, 8},
	{"fresh570_test.go", fresh570Cases, 8},
	{"fresh575_test.go", fresh575Cases, 8},
	{"fresh576_test.go", fresh576Cases, 8},
	{"fresh577_test.go", fresh577Cases, 8},
	{"fresh579_test.go", fresh579Cases, 8},
	{"fresh578_test.go", fresh578Cases, 8},
	{"fresh580_test.go", fresh580Cases, 8},
	{"fresh581_test.go", fresh581Cases, 8},
	{"fresh582_test.go", fresh582Cases, 8},
	{"fresh583_test.go", fresh583Cases, 8},
	{"fresh584_test.go", fresh584Cases, 8},
	{"fresh585_test.go", fresh585Cases, 8},
	{"fresh586_test.go", fresh586Cases, 8},
	{"fresh587_test.go", fresh587Cases, 8},
	{"fresh588_test.go", fresh588Cases, 8},
	{"fresh589_test.go", fresh589Cases, 8},
	{"fresh591_test.go", fresh591Cases, 8},
	{"fresh592_test.go", fresh592Cases, 8},
	{"fresh594_test.go", fresh594Cases, 8},
	{"fresh595_test.go", fresh595Cases, 8},
	{"fresh590_test.go", fresh590Cases, 8},
	{"fresh593_test.go", fresh593Cases, 8},
	{"fresh596_test.go", fresh596Cases, 8},
	{"fresh597_test.go", fresh597Cases, 8},
	{"fresh598_test.go", fresh598Cases, 8},
	{"fresh599_test.go", fresh599Cases, 8},
	{"fresh600_test.go", fresh600Cases, 8},
	{"fresh601_test.go", fresh601Cases, 8},
	{"fresh602_test.go", fresh602Cases, 8},
	{"fresh603_test.go", fresh603Cases, 8},
	{"fresh604_test.go", fresh604Cases, 8},
	{"fresh606_test.go", fresh606Cases, 8},
	{"fresh607_test.go", fresh607Cases, 8},
	{"fresh609_test.go", fresh609Cases, 8},
	{"fresh610_test.go", fresh610Cases, 8},
	{"fresh611_test.go", fresh611Cases, 8},
	{"fresh612_test.go", fresh612Cases, 8},
	{"fresh608_test.go", fresh608Cases, 7},
	{"fresh613_test.go", fresh613Cases, 8},
	{"fresh614_test.go", fresh614Cases, 8},
	{"fresh616_test.go", fresh616Cases, 8},
	{"fresh617_test.go", fresh617Cases, 8},
	{"fresh615_test.go", fresh615Cases, 8},
	{"fresh621_test.go", fresh621Cases, 8},
	{"fresh622_test.go", fresh622Cases, 8},
	{"fresh623_test.go", fresh623Cases, 8},
	{"fresh624_test.go", fresh624Cases, 8},
	{"fresh625_test.go", fresh625Cases, 8},
	{"fresh619_test.go", fresh619Cases, 8},
	{"fresh620_test.go", fresh620Cases, 7},
	{"fresh618_test.go", fresh618Cases, 8},
	{"fresh626_test.go", fresh626Cases, 8},
	{"fresh627_test.go", fresh627Cases, 8},
	{"fresh628_test.go", fresh628Cases, 8},
	{"fresh629_test.go", fresh629Cases, 8},
	{"fresh630_test.go", fresh630Cases, 8},
	{"fresh631_test.go", fresh631Cases, 8},
	{"fresh632_test.go", fresh632Cases, 8},
	{"fresh633_test.go", fresh633Cases, 8},
	{"fresh634_test.go", fresh634Cases, 8},
	{"fresh635_test.go", fresh635Cases, 8},
	{"fresh636_test.go", fresh636Cases, 8},
	{"fresh637_test.go", fresh637Cases, 8},
	{"fresh638_test.go", fresh638Cases, 8},
	{"fresh639_test.go", fresh639Cases, 8},
	{"fresh640_test.go", fresh640Cases, 8},
	{"fresh641_test.go", fresh641Cases, 8},
	{"fresh642_test.go", fresh642Cases, 8},
	{"fresh643_test.go", fresh643Cases, 8},
	{"fresh644_test.go", fresh644Cases, 8},
	{"fresh645_test.go", fresh645Cases, 8},
	{"fresh646_test.go", fresh646Cases, 8},
	{"fresh647_test.go", fresh647Cases, 8},
	{"fresh648_test.go", fresh648Cases, 8},
	{"fresh649_test.go", fresh649Cases, 8},
	{"fresh651_test.go", fresh651Cases, 8},
	{"fresh652_test.go", fresh652Cases, 8},
	{"fresh650_test.go", fresh650Cases, 8},
	{"fresh653_test.go", fresh653Cases, 8},
	{"fresh654_test.go", fresh654Cases, 8},
	{"fresh655_test.go", fresh655Cases, 8},
	{"fresh656_test.go", fresh656Cases, 8},
	{"fresh657_test.go", fresh657Cases, 8},
	{"fresh658_test.go", fresh658Cases, 8},
	{"fresh659_test.go", fresh659Cases, 8},
	{"fresh660_test.go", fresh660Cases, 8},
	{"fresh661_test.go", fresh661Cases, 8},
	{"fresh662_test.go", fresh662Cases, 8},
	{"fresh664_test.go", fresh664Cases, 8},
	{"fresh665_test.go", fresh665Cases, 8},
	{"fresh663_test.go", fresh663Cases, 8},
	{"fresh666_test.go", fresh666Cases, 8},
	{"fresh667_test.go", fresh667Cases, 8},
	{"fresh668_test.go", fresh668Cases, 8},
	{"fresh669_test.go", fresh669Cases, 8},
	{"fresh670_test.go", fresh670Cases, 8},
	{"fresh671_test.go", fresh671Cases, 8},
	{"fresh672_test.go", fresh672Cases, 8},
	{"fresh673_test.go", fresh673Cases, 8},
	{"fresh674_test.go", fresh674Cases, 8},
	{"fresh675_test.go", fresh675Cases, 8},
	{"fresh676_test.go", fresh676Cases, 8},
	{"fresh677_test.go", fresh677Cases, 8},
	{"fresh678_test.go", fresh678Cases, 8},
	{"fresh679_test.go", fresh679Cases, 8},
	{"fresh680_test.go", fresh680Cases, 8},
	{"fresh681_test.go", fresh681Cases, 8},
	{"fresh682_test.go", fresh682Cases, 8},
	{"fresh683_test.go", fresh683Cases, 8},
	{"fresh684_test.go", fresh684Cases, 8},
	{"fresh685_test.go", fresh685Cases, 8},
	{"fresh686_test.go", fresh686Cases, 8},
	{"fresh687_test.go", fresh687Cases, 8},
	{"fresh688_test.go", fresh688Cases, 8},
	{"fresh689_test.go", fresh689Cases, 8},
	{"fresh690_test.go", fresh690Cases, 8},
	{"fresh691_test.go", fresh691Cases, 8},
	{"fresh692_test.go", fresh692Cases, 8},
	{"fresh693_test.go", fresh693Cases, 8},
	{"fresh694_test.go", fresh694Cases, 8},
	{"fresh695_test.go", fresh695Cases, 8},
	{"fresh696_test.go", fresh696Cases, 8},
	{"fresh697_test.go", fresh697Cases, 8},
	{"fresh698_test.go", fresh698Cases, 8},
	{"fresh699_test.go", fresh699Cases, 8},
	{"fresh700_test.go", fresh700Cases, 8},
	{"fresh701_test.go", fresh701Cases, 8},
	{"fresh702_test.go", fresh702Cases, 8},
	{"fresh703_test.go", fresh703Cases, 8},
	{"fresh704_test.go", fresh704Cases, 8},
	{"fresh705_test.go", fresh705Cases, 8},
	{"fresh706_test.go", fresh706Cases, 8},
	{"fresh707_test.go", fresh707Cases, 8},
	{"fresh708_test.go", fresh708Cases, 8},
	{"fresh709_test.go", fresh709Cases, 8},
	{"fresh710_test.go", fresh710Cases, 8},
	{"fresh711_test.go", fresh711Cases, 8},
	{"fresh712_test.go", fresh712Cases, 8},
	{"fresh713_test.go", fresh713Cases, 8},
	{"fresh714_test.go", fresh714Cases, 8},
	{"fresh715_test.go", fresh715Cases, 8},
	{"fresh716_test.go", fresh716Cases, 8},
	{"fresh717_test.go", fresh717Cases, 8},
	{"fresh718_test.go", fresh718Cases, 8},
	{"fresh719_test.go", fresh719Cases, 8},
	{"fresh720_test.go", fresh720Cases, 8},
	{"fresh721_test.go", fresh721Cases, 8},
	{"fresh722_test.go", fresh722Cases, 8},
	{"fresh723_test.go", fresh723Cases, 8},
	{"fresh724_test.go", fresh724Cases, 8},
	{"fresh725_test.go", fresh725Cases, 8},
	{"fresh726_test.go", fresh726Cases, 8},
	{"fresh727_test.go", fresh727Cases, 8},
	{"fresh728_test.go", fresh728Cases, 8},
	{"fresh729_test.go", fresh729Cases, 8},
	{"fresh730_test.go", fresh730Cases, 8},
	{"fresh731_test.go", fresh731Cases, 8},
	{"fresh732_test.go", fresh732Cases, 8},
	{"fresh733_test.go", fresh733Cases, 8},
	{"fresh734_test.go", fresh734Cases, 8},
	{"fresh735_test.go", fresh735Cases, 8},
	{"fresh736_test.go", fresh736Cases, 8},
	{"fresh739_test.go", fresh739Cases, 8},
	{"fresh741_test.go", fresh741Cases, 8},
	{"fresh742_test.go", fresh742Cases, 8},
	{"fresh744_test.go", fresh744Cases, 8},
	{"fresh737_test.go", fresh737Cases, 8},
	{"fresh738_test.go", fresh738Cases, 8},
	{"fresh740_test.go", fresh740Cases, 8},
	{"fresh743_test.go", fresh743Cases, 8},
	{"fresh745_test.go", fresh745Cases, 8},
	{"fresh746_test.go", fresh746Cases, 8},
	{"fresh748_test.go", fresh748Cases, 8},
	{"fresh749_test.go", fresh749Cases, 8},
	{"fresh750_test.go", fresh750Cases, 8},
	{"fresh751_test.go", fresh751Cases, 8},
	{"fresh752_test.go", fresh752Cases, 8},
	{"fresh747_test.go", fresh747Cases, 8},
	{"fresh760_test.go", fresh760Cases, 8},
	{"fresh755_test.go", fresh755Cases, 8},
	{"fresh753_test.go", fresh753Cases, 8},
	{"fresh754_test.go", fresh754Cases, 8},
	{"fresh756_test.go", fresh756Cases, 8},
	{"fresh757_test.go", fresh757Cases, 8},
	{"fresh758_test.go", fresh758Cases, 8},
	{"fresh759_test.go", fresh759Cases, 8},
	{"fresh761_test.go", fresh761Cases, 8},
	{"fresh762_test.go", fresh762Cases, 8},
	{"fresh763_test.go", fresh763Cases, 8},
	{"fresh764_test.go", fresh764Cases, 8},
	{"fresh765_test.go", fresh765Cases, 8},
	{"fresh766_test.go", fresh766Cases, 8},
	{"fresh767_test.go", fresh767Cases, 8},
	{"fresh768_test.go", fresh768Cases, 8},
	{"fresh769_test.go", fresh769Cases, 8},
	{"fresh770_test.go", fresh770Cases, 8},
	{"fresh771_test.go", fresh771Cases, 8},
	{"fresh772_test.go", fresh772Cases, 8},
	{"fresh773_test.go", fresh773Cases, 8},
	{"fresh774_test.go", fresh774Cases, 8},
	{"fresh775_test.go", fresh775Cases, 8},
	{"fresh776_test.go", fresh776Cases, 8},
	{"fresh777_test.go", fresh777Cases, 8},
	{"fresh778_test.go", fresh778Cases, 8},
	{"fresh779_test.go", fresh779Cases, 8},
	{"fresh780_test.go", fresh780Cases, 8},
	{"fresh781_test.go", fresh781Cases, 8},
	{"fresh782_test.go", fresh782Cases, 8},
	{"fresh783_test.go", fresh783Cases, 8},
	{"fresh784_test.go", fresh784Cases, 8},
	{"fresh785_test.go", fresh785Cases, 8},
	{"fresh786_test.go", fresh786Cases, 8},
	{"fresh787_test.go", fresh787Cases, 8},
	{"fresh788_test.go", fresh788Cases, 8},
	{"fresh789_test.go", fresh789Cases, 8},
	{"fresh790_test.go", fresh790Cases, 8},
	{"fresh791_test.go", fresh791Cases, 8},
	{"fresh792_test.go", fresh792Cases, 8},
	{"fresh793_test.go", fresh793Cases, 8},
	{"fresh794_test.go", fresh794Cases, 8},
	{"fresh795_test.go", fresh795Cases, 8},
	{"fresh796_test.go", fresh796Cases, 8},
	{"fresh797_test.go", fresh797Cases, 8},
	{"fresh798_test.go", fresh798Cases, 8},
	{"fresh799_test.go", fresh799Cases, 8},
	{"fresh800_test.go", fresh800Cases, 8},
	{"fresh801_test.go", fresh801Cases, 8},
	{"fresh802_test.go", fresh802Cases, 8},
	{"fresh803_test.go", fresh803Cases, 8},
	{"fresh804_test.go", fresh804Cases, 8},
	{"fresh805_test.go", fresh805Cases, 8},
	{"fresh806_test.go", fresh806Cases, 8},
	{"fresh807_test.go", fresh807Cases, 8},
	{"fresh808_test.go", fresh808Cases, 8},
	{"fresh809_test.go", fresh809Cases, 8},
	{"fresh810_test.go", fresh810Cases, 8},
	{"fresh811_test.go", fresh811Cases, 8},
	{"fresh812_test.go", fresh812Cases, 8},
	{"fresh813_test.go", fresh813Cases, 8},
	{"fresh814_test.go", fresh814Cases, 8},
	{"fresh815_test.go", fresh815Cases, 8},
	{"fresh816_test.go", fresh816Cases, 8},
	{"fresh817_test.go", fresh817Cases, 8},
	{"fresh818_test.go", fresh818Cases, 8},
	{"fresh819_test.go", fresh819Cases, 8},
	{"fresh820_test.go", fresh820Cases, 8},
	{"fresh821_test.go", fresh821Cases, 8},
	{"fresh822_test.go", fresh822Cases, 8},
	{"fresh823_test.go", fresh823Cases, 8},
	{"fresh824_test.go", fresh824Cases, 8},
	{"fresh825_test.go", fresh825Cases, 8},
	{"fresh826_test.go", fresh826Cases, 8},
	{"fresh827_test.go", fresh827Cases, 8},
	{"fresh828_test.go", fresh828Cases, 8},
	{"fresh829_test.go", fresh829Cases, 8},
	{"fresh830_test.go", fresh830Cases, 8},
	{"fresh831_test.go", fresh831Cases, 8},
	{"fresh832_test.go", fresh832Cases, 8},
	{"fresh833_test.go", fresh833Cases, 8},
	{"fresh834_test.go", fresh834Cases, 8},
	{"fresh835_test.go", fresh835Cases, 8},
	{"fresh836_test.go", fresh836Cases, 8},
	{"fresh837_test.go", fresh837Cases, 8},
	{"fresh838_test.go", fresh838Cases, 8},
	{"fresh839_test.go", fresh839Cases, 8},
	{"fresh840_test.go", fresh840Cases, 8},
	{"fresh841_test.go", fresh841Cases, 8},
	{"fresh842_test.go", fresh842Cases, 8},
	{"fresh843_test.go", fresh843Cases, 8},
	{"fresh844_test.go", fresh844Cases, 8},
	{"fresh845_test.go", fresh845Cases, 8},
	{"fresh846_test.go", fresh846Cases, 8},
	{"fresh847_test.go", fresh847Cases, 8},
	{"fresh848_test.go", fresh848Cases, 8},
	{"fresh849_test.go", fresh849Cases, 8},
	{"fresh850_test.go", fresh850Cases, 8},
	{"fresh851_test.go", fresh851Cases, 8},
	{"fresh852_test.go", fresh852Cases, 8},
	{"fresh853_test.go", fresh853Cases, 8},
	{"fresh854_test.go", fresh854Cases, 8},
}

// TestTablesWellFormed keeps the tables honest: each well formed, with enough families, and none
// of them a family of a table written before it.
func TestTablesWellFormed(t *testing.T) {
	first := map[string]string{} // a family's name: the file of the table that holds it
	for _, tb := range realTables {
		t.Run(tb.file, func(t *testing.T) {
			for name := range checkTable(t, tb.cases, tb.min) {
				if earlier, ok := first[name]; ok {
					t.Errorf("%q is a family of %s", name, earlier)
				}
			}
		})
		for _, c := range tb.cases {
			first[c.name] = tb.file
		}
	}
}

// assertTable reports every field that comes out wrong, per family; a family with a gap is
// skipped, and still scored.
func assertTable(t *testing.T, cases []worldCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			misses := runWorldCase(c).misses
			if c.gap != "" && len(misses) == 0 {
				t.Fatalf("the gap %q is closed: every record comes out right, so assert the case", c.gap)
			}
			if c.gap != "" {
				t.Skip("known gap:", c.gap)
			}
			for _, m := range misses {
				t.Errorf("entry %d %s = %q, want %q\n\tline:   %s\n\twhy:    %s\n\tsource: %s",
					m.entry, worldFieldNames[m.field], m.got, m.want, m.line, c.why, c.source)
			}
		})
	}
}

// scoreTable is a table's figure: the macro accuracy (the mean over families of each family's
// share of right records) and the micro accuracy (over all records) of level, time, host and
// record boundaries, and the families that still fail on which field, gaps included.
func scoreTable(title string, cases []worldCase) (string, [worldNumFields]float64) {
	var macro, micro [worldNumFields]float64
	var records, perfect int
	var failing strings.Builder
	for _, c := range cases {
		out := runWorldCase(c)
		records += out.scored
		var parts []string
		for f := range worldNumFields {
			macro[f] += float64(out.right[f]) / float64(out.scored)
			micro[f] += float64(out.right[f])
			if out.right[f] < out.scored {
				parts = append(parts, fmt.Sprintf("%s %d/%d", worldFieldNames[f], out.right[f], out.scored))
			}
		}
		if len(parts) == 0 {
			perfect++
			continue
		}
		fmt.Fprintf(&failing, "  %-26s %s\n", c.name, strings.Join(parts, "  "))
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s: %d families, %d records, %d families fully right\n", title, len(cases), records, perfect)
	fmt.Fprintf(&sb, "  %-8s %7s %7s\n", "field", "macro", "micro")
	for f := range worldNumFields {
		fmt.Fprintf(&sb, "  %-8s %6.1f%% %6.1f%%\n", worldFieldNames[f],
			100*macro[f]/float64(len(cases)), 100*micro[f]/float64(records))
	}
	if failing.Len() > 0 {
		sb.WriteString("failing families (field right/records):\n")
		sb.WriteString(failing.String())
	}
	var pct [worldNumFields]float64
	for f := range pct {
		pct[f] = 100 * macro[f] / float64(len(cases))
	}
	return sb.String(), pct
}

// checkScore logs a table's figure and fails when a field falls below its floor: the figures the
// README gives, less a little, so that a change that reads fewer logs right is caught.
func checkScore(t *testing.T, title string, cases []worldCase, floor [worldNumFields]float64) {
	t.Helper()
	report, pct := scoreTable(title, cases)
	t.Log("\n" + report)
	for f := range pct {
		if pct[f] < floor[f] {
			t.Errorf("%s: %s right for %.1f %% of records (macro), below the floor of %.1f %%", title, worldFieldNames[f], pct[f], floor[f])
		}
	}
}
