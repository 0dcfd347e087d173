package parse

import "bytes"

// A level column per syslog program. A collector's file holds the lines of many programs and
// devices, each with its own layout after the tag: a switch's "Event|403|LOG_INFO|AMM|…" beside a
// hypervisor's "[ info||412 …]" and sshd's plain text. The source's own column (see column.go) is
// learned only where most of its lines agree, which a file mixing them never does; a program's
// lines agree among themselves. So each program named by an RFC 3164 tag gets a column of its own,
// learned and kept by the same rules over its lines alone, and read where the rules and the
// source's column found no level: it fills, never replaces.

// maxProgramColumns bounds the programs of one source given a column at once. When they are all
// taken, the program that wrote least recently gives its place up: a collector's busy programs
// keep theirs, a script that logged once a day ago does not.
const maxProgramColumns = 64

// programColumn is the learning state of one program of a syslog source.
type programColumn struct {
	name string // the program's name, as its tag writes it
	seen uint64 // when the program last wrote, in programColumns.clock's count
	col  levelColumn
}

// programColumns are a source's program columns, found by the program's name.
type programColumns struct {
	byName map[string]int
	cols   []programColumn
	clock  uint64 // the syslog lines seen
}

// columnFor returns the column of the named program, which has written again: a new one when the
// program has none, in place of the program that wrote least recently when all are taken.
func (pc *programColumns) columnFor(name []byte) int {
	pc.clock++
	if i, ok := pc.byName[string(name)]; ok {
		pc.cols[i].seen = pc.clock
		return i
	}
	i := len(pc.cols)
	if i < maxProgramColumns {
		pc.cols = append(pc.cols, programColumn{})
	} else {
		i = pc.oldest()
		delete(pc.byName, pc.cols[i].name)
	}
	if pc.byName == nil {
		pc.byName = make(map[string]int)
	}
	pc.cols[i] = programColumn{name: string(name), seen: pc.clock}
	pc.byName[pc.cols[i].name] = i
	return i
}

// oldest returns the program that wrote least recently.
func (pc *programColumns) oldest() int {
	o := 0
	for i := range pc.cols {
		if pc.cols[i].seen < pc.cols[o].seen {
			o = i
		}
	}
	return o
}

// programName returns the program's name in the tag at the end of before, the text of an RFC 3164
// line before its message: "sshd" of "… host sshd[812]: ", nil when there is no tag. A Cisco
// device's message id in the tag's place ("%ASA-6-302013:") names a message, not a program: the
// device's lines share their layout across them.
func programName(before []byte) []byte {
	n := ProgramLead(FormatRFC3164, before)
	if n == 0 {
		return nil
	}
	tag := before[len(before)-n:]
	if e := bytes.IndexAny(tag, "[:"); e > 0 && tag[0] != '%' {
		return tag[:e]
	}
	return nil
}
