package ring

import "github.com/trawl-dev/trawl/parse"

// Sketch summarizes an entry in four bytes, kept apart from its record, so that a filter can rule
// the entry out without reading its record or its text: its level, which ASCII letters its
// message contains in either case, and whether the message has a byte of 0x80 or above. Bits 0 to
// 25 are the letters 'a' to 'z', bit 26 the non-ASCII mark, and the top four bits the level.
type Sketch uint32

const (
	// SketchBytes is the in-memory size of a Sketch: the ring keeps one per entry.
	SketchBytes = 4
	letterMask  = 1<<26 - 1
	nonASCII    = 1 << 26
	levelShift  = 28
)

// A level must fit in the sketch's top four bits.
var _ [1<<(32-levelShift) - parse.NumLevels]struct{}

// letterTable maps a byte to its letter's bit, or to the non-ASCII mark.
var letterTable = func() (t [256]uint32) {
	for b := range t {
		switch l := byte(b) | 0x20; {
		case b >= 0x80:
			t[b] = nonASCII
		case 'a' <= l && l <= 'z':
			t[b] = 1 << (l - 'a')
		}
	}
	return t
}()

// sketchOf sketches an entry with the given level and message.
func sketchOf(level parse.Level, msg []byte) Sketch {
	// Two accumulators let the table lookups of neighbouring bytes overlap.
	var a, b uint32
	for len(msg) >= 2 {
		a |= letterTable[msg[0]]
		b |= letterTable[msg[1]]
		msg = msg[2:]
	}
	if len(msg) > 0 {
		a |= letterTable[msg[0]]
	}
	return Sketch(a|b) | Sketch(level)<<levelShift
}

// Level is the entry's level.
func (k Sketch) Level() parse.Level { return parse.Level(k >> levelShift) }

// Letters has the bit LetterBit(c) set for every ASCII letter c the message contains, in either case.
func (k Sketch) Letters() uint32 { return uint32(k) & letterMask }

// ASCII reports whether every byte of the message is below 0x80.
func (k Sketch) ASCII() bool { return k&nonASCII == 0 }

// LetterBit is the bit of Letters that stands for the ASCII letter c, in either case; 0 when c
// is not a letter.
func LetterBit(c byte) uint32 {
	if l := c | 0x20; 'a' <= l && l <= 'z' {
		return 1 << (l - 'a')
	}
	return 0
}
