package parse

import "bytes"

// A parallel shell's output. pdsh, clush and dsh write each line a remote machine printed behind
// that machine's name and a colon, the machines' lines interleaved: "zk1: Mode: follower", "cn04:
// ssh: connect to host cn04 port 22: No route to host". On one line such a name cannot be told
// from a label ("Note: …", "arg1: …") or a device's ("eth0: link up"); over a source's lines it
// can: untimed lines in a row that each open with a name numbered alike (cn01, cn02; zk1, zk3),
// two different names at least among them, none numbered 0 as devices are (igb0, in0, mmc0).
// Once learned, a line that opens with a name of that stem names its machine. (A dated line
// behind such a name is read on its own: see nodeBeforeDatedLine.)

// nodeFitLines bounds the record lines a source gets to show a parallel shell's prefix.
const nodeFitLines = 64

// nodePrefix is one source's learning of a parallel shell's prefix.
type nodePrefix struct {
	lines    int    // record lines looked at, up to nodeFitLines
	stem     []byte // the run's names before their number
	first    []byte // the run's first name
	from     int64  // the offset of the run's first line
	inRun    bool   // the last record line looked at opened with a name of the stem
	distinct bool   // a name other than first came in the run
	zero     bool   // a name numbered 0 came in the run: a device's
	learned  bool
}

// observe counts a record's first line; it reports whether the prefix became learned with it.
func (np *nodePrefix) observe(line []byte, offset int64) bool {
	if np.learned || np.lines >= nodeFitLines {
		return false
	}
	np.lines++
	name := shellPrefix(line)
	if name == nil {
		np.inRun = false
		return false
	}
	if !np.inRun || !bytes.Equal(stemOf(name), np.stem) {
		np.stem = append(np.stem[:0], stemOf(name)...)
		np.first = append(np.first[:0], name...)
		np.from, np.inRun, np.distinct, np.zero = offset, true, false, false
	} else {
		np.distinct = np.distinct || !bytes.Equal(name, np.first)
	}
	// Devices are numbered from 0 (igb0, in0, mmc0, vmbr0); machines from 1 (cn01, zk1).
	np.zero = np.zero || zeroNumbered(name)
	np.learned = np.distinct && !np.zero
	return np.learned
}

// zeroNumbered reports whether name's number, after its stem, is zero: "igb0", "node00".
func zeroNumbered(name []byte) bool {
	d, n := digitRun(name, len(stemOf(name)))
	return n > 0 && d == 0
}

// read returns the machine a line's prefix names, once the prefix is learned.
func (np *nodePrefix) read(line []byte) (Span, bool) {
	if !np.learned {
		return Span{}, false
	}
	name := shellPrefix(line)
	if name == nil || !bytes.Equal(stemOf(name), np.stem) {
		return Span{}, false
	}
	return Span{0, int32(len(name))}, true
}

// shellPrefix returns the name that opens line before a colon and a blank when it is numbered as
// machines are, in lower case as parallel shells' node lists have them, and is no device's and no
// level's, or nil.
func shellPrefix(line []byte) []byte {
	e := 0
	for e < len(line) && e <= 64 && (isAlnum(line[e]) || line[e] == '-' || line[e] == '.' || line[e] == '_') {
		e++
	}
	name := line[:e]
	if byteAt(line, e) != ':' || byteAt(line, e+1) != ' ' || !machineNumbered(name) || bytes.ContainsAny(name, upperLetters) || deviceStem(stemOf(name)) {
		return nil
	}
	if _, n := digitRun(name, len(stemOf(name))); !(len(stemOf(name))+n == len(name) || name[len(stemOf(name))+n] == '-' || name[len(stemOf(name))+n] == '.') {
		return nil // a number and more letters after it: a bridge's hash ("br-3f2a1b"), a partition's, no machine's count
	}
	if _, ok := levelToken(line[:e+1], false); ok {
		return nil // ssh's "debug1:", "debug2:"
	}
	return name
}

// stemOf returns a name's part before its first digit.
func stemOf(name []byte) []byte {
	k := 0
	for k < len(name) && !isDigit(name[k]) {
		k++
	}
	return name[:k]
}

// deviceStem reports whether a name's stem is one the kernel and drivers number their devices
// with ("eth0:", "sda1:", "ata3:", "cpu1:"), which open lines of their own before a colon.
func deviceStem(stem []byte) bool {
	if n := len(stem); n == 3 && (stem[0] == 's' || stem[0] == 'h' || stem[0] == 'v') && stem[1] == 'd' || n == 4 && string(stem[:3]) == "xvd" {
		return true // a disk's "sda", "vdb", "xvda"
	}
	switch string(stem) {
	case "eth", "wlan", "en", "em", "ens", "enp", "eno", "enx", "wlp", "wlx", "lo", "br", "bond", "vlan", "veth",
		"virbr", "vnet", "docker", "tun", "tap", "wg", "ppp", "ib", "mlx", "sd", "hd", "vd", "xvd", "nvme", "mmcblk",
		"md", "dm-", "loop", "ata", "scsi", "usb", "cpu", "pci", "irq", "tty", "ttyS", "sr", "nbd", "rbd", "zram",
		"ram", "hid", "card", "input", "port", "vcpu", "mmc", "fan", "temp", "in", "igb", "ix", "em-", "vmbr", "br-",
		"hdmi", "snd", "rtc", "i2c", "spi", "gpio", "can", "hci", "video", "drm", "phy", "ipmi", "wlo", "wwan", "lxcbr",
		"vxlan", "tailscale", "osd", "mon", "mds", "dimm", "core", "socket", "numa", "pcie", "sata", "ahci", "xhci", "uhub",
		"ada", "da", "cd", "nvd", "vtnet", "re", "bge", "disk", "raid", "part", "lun", "vol",
		"arg", "row", "col", "item", "key", "val", "value", "epoch", "conv", "layer", "config", "model", "sample",
		"file", "output", "input-", "scenario", "case", "param", "var", "field", "shard", "replica", "partition", "q", "v", "x", "p", "r":
		return true
	}
	return false
}

// rereadNodes gives the batch's records since the prefix's run began the machine their prefix
// names, now that it was learned on the line just read.
func (s *Stream) rereadNodes(b *Batch) {
	if b.Source != s.source {
		return
	}
	for i := itemsSince(b, s.nodes.from); i < len(b.Items); i++ {
		it := &b.Items[i]
		if it.Host.End > it.Host.Start || it.Message.Start < it.Raw.Start || it.Message.End > it.Raw.End {
			continue // a host already, or a decoded message stored after the text
		}
		if h, ok := s.nodes.read(it.Raw.Of(b.Data)); ok {
			it.Host = Span{it.Raw.Start + h.Start, it.Raw.Start + h.End}
		}
	}
}
