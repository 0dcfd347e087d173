package parse

import "testing"

var cmtraceCases = []parseCase{
	{name: "warning with a bias", line: `<![LOG[Download attempt 2 of 5 will be retried.]LOG]!><time="15:30:01.504-060" date="02-16-2026" component="ContentTransferManager" context="" type="2" thread="4188" file="ctmjob.cpp:3120">`,
		format: FormatStamped, level: Warn, time: "2026-02-16T14:30:01.504Z", msg: "Download attempt 2 of 5 will be retried.",
		why: "the bias is UTC minus local time in minutes: -060 is an hour east of UTC; type 2 is a warning"},
	{name: "error west of utc", line: `<![LOG[Failed to download content (0x80070005).]LOG]!><time="06:30:01.500+480" date="02-16-2026" component="CTM" context="" type="3" thread="4188" file="">`,
		format: FormatStamped, level: Error, time: "2026-02-16T14:30:01.5Z", msg: "Failed to download content (0x80070005).",
		why: "+480 is Pacific time; type 3 is an error"},
	{name: "month first", line: `<![LOG[Client is online.]LOG]!><time="14:30:01.000+000" date="02-05-2026" component="x" type="1">`,
		format: FormatStamped, level: Info, time: "2026-02-05T14:30:01Z", msg: "Client is online.",
		why: "the date is always month-day-year, even when the day could be a month"},
}

func TestCMTrace(t *testing.T) { runCases(t, cmtraceCases) }
