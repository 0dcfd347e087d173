package ring

import "github.com/trawl-dev/trawl/parse"

// Sketch summarizes an entry in eight bytes, kept apart from its record, so that a filter can rule
// the entry out without reading its record or its text: its level, which ASCII letters its
// message contains in either case, whether the message has a byte of 0x80 or above, and which
// pairs of ASCII letters stand next to each other in it, hashed into 32 bits. Bits 0 to 25 are the
// letters 'a' to 'z', bit 26 the non-ASCII mark, bits 28 to 31 the level, and the top 32 bits the
// letter pairs (see PairBit). The pairs rule out most messages for a word searched exactly: its
// letters are common ones, and most messages hold them all, but seldom in its order.
type Sketch uint64

const (
	// SketchBytes is the in-memory size of a Sketch: the ring keeps one per entry.
	SketchBytes = 8
	letterMask  = 1<<26 - 1
	nonASCII    = 1 << 26
	levelShift  = 28
	pairShift   = 32
)

// A level must fit in the sketch's four bits below the pairs.
var _ [1<<(pairShift-levelShift) - parse.NumLevels]struct{}

// byteTable maps a byte to its letter's bit, or to the non-ASCII mark, in the low 27 bits, and
// to its ASCII letter's index in the alphabet plus one (either case; 0 for any other byte) in
// the top five (see indexShift): one lookup gives a byte's letter and its place in a pair.
var byteTable = func() (t [256]uint32) {
	for b := range t {
		switch l := byte(b) | 0x20; {
		case b >= 0x80:
			t[b] = nonASCII
		case 'a' <= l && l <= 'z':
			t[b] = 1<<(l-'a') | uint32(l-'a'+1)<<indexShift
		}
	}
	return t
}()

// indexShift is where byteTable keeps a letter's index.
const indexShift = 27

// pairBits maps two letters' indexes (see byteTable, 1 to 26), the first's times 32 plus the
// second's, to the pair's bit among the 32, spread by a multiplicative hash; an index 0, no letter,
// gives no pair.
var pairBits = func() (t [32 * 32]uint32) {
	for a := uint32(1); a <= 26; a++ {
		for b := uint32(1); b <= 26; b++ {
			t[a<<5|b] = 1 << ((a*26 + b) * 2654435761 >> 27)
		}
	}
	return t
}()

// sketchOf sketches an entry with the given level and message.
func sketchOf(level parse.Level, msg []byte) Sketch {
	var letters, pairs uint32
	prev := uint32(0)
	for _, c := range msg {
		t := byteTable[c]
		letters |= t
		l := t >> indexShift
		pairs |= pairBits[(prev<<5|l)&(32*32-1)]
		prev = l
	}
	return Sketch(letters&(letterMask|nonASCII)) | Sketch(level)<<levelShift | Sketch(pairs)<<pairShift
}

// Level is the entry's level.
func (k Sketch) Level() parse.Level { return parse.Level(uint32(k) >> levelShift) }

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

// Pairs has the bit PairBit(a, b) set for every two ASCII letters a and b that stand next to each
// other in the message, in either case (several pairs share a bit).
func (k Sketch) Pairs() uint32 { return uint32(k >> pairShift) }

// PairBit is the bit of Pairs that stands for the letter a followed by the letter b, in either
// case; 0 when either is not an ASCII letter.
func PairBit(a, b byte) uint32 {
	return pairBits[(byteTable[a]>>indexShift<<5|byteTable[b]>>indexShift)&(32*32-1)]
}
