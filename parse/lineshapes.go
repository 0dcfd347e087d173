package parse

const (
	maxShapes    = 4  // shapes kept per source
	shapeTrials  = 8  // lines a shape reads alike with the full parse before it is used
	recheckEvery = 64 // a used shape's every this many lines is read by the full parse too
	shapeStrikes = 4  // shapes dropped for a disagreement before a source learns no more
	maxHeader    = 160
	maxSegments  = 32 // words and separators in a shape's header
	freeTries    = 32 // lines that may teach a shape, then one in this many
	minuteMisses = 32 // lines in a new minute a shape may read before it must have read more in a known one
)

// lineShapes are a source's learned shapes, how far each is trusted, and what the full parse
// had learned of the source when they were made.
type lineShapes struct {
	list    [maxShapes]*lineShape
	learned sourceFacts // what the full parse had learned of the source when the shapes were made
	lines   int         // lines parsed, for lastUsed
	strikes int
	tries   int // lines a shape was made from, or tried
	wasted  int // shapes made and then found to read their own line otherwise
	used    int // lines a trusted shape read alone
}

// sourceFacts are what the full parse learns of a source as it reads, and reads later lines by:
// the level's place, whether letters in parentheses are levels, the time's place and spelling,
// whether the lines name a host, the order of its dates. A shape reads as the full parse did
// with the facts it was checked under; when the facts change, the shapes are dropped.
type sourceFacts struct {
	spot, token    int
	closer, opener byte
	kind           stampKind
	confident      bool
	named          bool
	parensOff      bool
	hosted         bool
	slashes        slashOrder
	shortYY        shortOrder
}

func factsOf(mem *layoutMemory, w *wallClock) sourceFacts {
	return sourceFacts{spot: mem.spot, token: mem.token, closer: mem.closer, opener: mem.opener, kind: mem.kind,
		confident: mem.agreed >= confident, named: mem.named, parensOff: mem.parensOff,
		hosted: mem.hostTries < hostlessAfter || mem.hostHits > 0, slashes: w.slashes, shortYY: w.shortYY}
}

// keepFacts drops the shapes when the full parse has learned something new of the source since
// they were made, and notes the facts new shapes are made under.
func (ss *lineShapes) keepFacts(facts sourceFacts) {
	if facts == ss.learned {
		return
	}
	ss.learned = facts
	ss.list = [maxShapes]*lineShape{}
}

// mayLearn reports whether a line that fit no shape may teach one: any of a source's first lines,
// then one in freeTries, so that a source whose lines have no shape (a mix of programs) spends
// little on trying.
func (ss *lineShapes) mayLearn() bool {
	ss.tries++
	return ss.strikes < shapeStrikes && (ss.tries <= freeTries && ss.wasted < shapeStrikes || ss.tries%freeTries == 0)
}

// shapeRead is what reading a line by the shapes gave.
type shapeRead struct {
	sh *lineShape
	shapeFit
	used bool // the shape is trusted, knew all it read, and no check is due: its record stands
}

// shapeFit is how a line fits a shape.
type shapeFit struct {
	at    int  // where the line's time is
	timed bool // the line's minute is the shape's: its time was read too
	known bool // its level and host words are ones the shape has read before, and no other word is a level's
	level Span // its level word
	host  Span // its host
	pri   int  // its syslog PRI, or -1
	tag   Span // its syslog tag and pid
	pid   Span
}

// header is a syslog header as the shape read it.
func (fit *shapeFit) header(rec *Record) bsdHeader {
	return bsdHeader{pri: fit.pri, host: rec.Host, tag: fit.tag, pid: fit.pid, msg: int(rec.Message.Start)}
}

// reads reports whether the shape read a syslog header as its parser did.
func (fit *shapeFit) reads(h *bsdHeader) bool {
	return fit.pri == h.pri && fit.tag == h.tag && fit.pid == h.pid && h.tagLevel == Unknown && !h.hasFacility
}

// read reads line by the first shape of format that fits it into rec.
func (ss *lineShapes) read(line []byte, format Format, rec *Record, w *wallClock) shapeRead {
	ss.lines++
	for _, sh := range ss.list {
		if sh == nil || sh.format != format {
			continue
		}
		fit, ok := sh.read(line, rec, w)
		if !ok {
			continue
		}
		sh.lastUsed = ss.lines
		used := fit.timed && fit.known && sh.trials >= shapeTrials
		if used {
			ss.used++
			sh.reads++
			if sh.reads >= recheckEvery {
				sh.reads, used = 0, false
			}
		}
		return shapeRead{sh: sh, shapeFit: fit, used: used}
	}
	return shapeRead{}
}

// check compares a line's full parse with what its shape read, drops a shape that read it
// otherwise, and keeps what was new to the shape: the minute of the line's time, its level word.
func (ss *lineShapes) check(r shapeRead, line []byte, full, guess *Record, roles bool, mem *layoutMemory, now int64, w *wallClock) {
	sh := r.sh
	agree := full != nil && roles && sameRecord(full, guess, r.timed) && full.Time != 0 &&
		(sh.format != FormatStamped || mem.lastToken == sh.lastToken && mem.lastAfter == sh.lastAfter)
	if !agree {
		ss.drop(sh)
		return
	}
	if !r.timed {
		st := stamp{t: full.Time, start: r.at, end: r.at + sh.timeLen, kind: sh.kind}
		sh.last.remember(line, &st, now, *w)
	}
	if !r.known {
		sh.learnWord(r.level.Of(line), full.Level)
		sh.learnHost(r.host.Of(line))
	}
	if r.timed {
		sh.timed++
	} else if sh.untimed++; sh.untimed > minuteMisses && sh.untimed > sh.timed {
		ss.drop(sh) // its lines are rarely in one minute (a sparse log, clocks interleaved): no gain
		return
	}
	sh.trials = min(sh.trials+1, shapeTrials)
}

// readByShape keeps the stamped memory's counts moving as the full parse would have on a line a
// shape read: one more line agreeing on the level's place, one more searched for a host.
func (mem *layoutMemory) readByShape(sh *lineShape, hosted bool) {
	mem.lastToken, mem.lastAfter = sh.lastToken, sh.lastAfter
	if mem.spot == sh.spot {
		mem.agreed = min(mem.agreed+1, 1<<20)
	}
	if mem.hostTries < hostlessAfter || mem.hostHits > 0 {
		mem.hostTries = min(mem.hostTries+1, hostlessAfter)
		if hosted {
			mem.hostHits++
		}
	}
}

func (ss *lineShapes) drop(sh *lineShape) {
	for i, s := range ss.list {
		if s == sh {
			ss.list[i] = nil
		}
	}
	ss.strikes++
}

// learn makes a shape of a line the full parse read, when the record is one a shape can give.
func (ss *lineShapes) learn(line []byte, rec *Record, st stamp, roles shapeRoles, mem *layoutMemory, now int64, w *wallClock) {
	sh, ok := newShape(line, rec, st, roles, now, w)
	if !ok {
		if sh != nil {
			ss.wasted++
		}
		return
	}
	if ss.list == [maxShapes]*lineShape{} {
		ss.learned = factsOf(mem, w) // the facts the shapes are checked under from now on
	}
	sh.lastToken, sh.lastAfter, sh.spot = mem.lastToken, mem.lastAfter, mem.spot
	sh.lastUsed = ss.lines
	slot := 0
	for i, s := range ss.list {
		if s == nil {
			slot = i
			break
		}
		if s.lastUsed < ss.list[slot].lastUsed {
			slot = i
		}
	}
	ss.list[slot] = sh
}
